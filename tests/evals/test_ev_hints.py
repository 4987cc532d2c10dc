"""The host-side hints of a task run (CallContext.hints): what the toy model may know, and
that they never travel to a real provider."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dgm.gateway import Gateway, GatewayConfig
from dgm.gateway.settings import Price, ProviderSettings
from evals import Benchmark, Task, load_benchmark
from evals.harness import Harness
from ground.errors import BenchmarkError
from sandbox import SandboxConfig

MODEL = "model-under-test"
KEY_ENV = "DGM_TEST_HINTS_KEY"
ADDED_FILE = """diff --git a/pkg/new.py b/pkg/new.py
new file mode 100644
--- /dev/null
+++ b/pkg/new.py
@@ -0,0 +1 @@
+VALUE = 1
"""


def harness(gateway: Any = None, timeout_s: float = 123.0) -> Harness:
    """A harness whose task_context can be asked without Docker (the gateway is only held)."""
    return Harness(gateway, SandboxConfig(), "unused-image", "run-hints", seed=7,
                   agent_timeout_s=timeout_s)


def write_task(root: Path, toml_extra: str, patch: str) -> Path:
    """A native-format benchmark with one task `t1` whose repo holds pkg/mod.py (3 lines)."""
    root.mkdir(exist_ok=True)
    (root / "benchmark.toml").write_text('name = "hints"\n[splits]\nsmall = ["t1"]\n')
    task = root / "tasks" / "t1"
    (task / "repo" / "pkg").mkdir(parents=True)
    (task / "repo" / "pkg" / "mod.py").write_text("a = 1\nb = 2\nc = 3\n")
    (task / "instructions.md").write_text("Fix it.\n")
    (task / "solution.patch").write_text(patch)
    (task / "task.toml").write_text(f'id = "t1"\ndifficulty = 2\n{toml_extra}')
    return root


def load_t1(root: Path) -> Task:
    return load_benchmark(str(root)).task("t1")


def test_a_pytasks_run_carries_kind_timeout_and_the_patched_files_line_counts(
        pytasks: Benchmark) -> None:
    task = pytasks.task("caesar-wrap")
    hints = harness().task_context(task, "a1").hints
    assert task.repo_dir is not None
    lines = len((task.repo_dir / "ciphers" / "caesar.py").read_text().splitlines())
    assert hints["file_lines"] == {"ciphers/caesar.py": lines}
    assert hints["kind"] == task.kind == "bugfix"
    assert hints["agent_timeout_s"] == 123.0
    assert hints["features"] == []  # pytasks has no [toy] table: no features
    assert hints["reference_patch"] == task.solution_patch and hints["difficulty"] == 1


def test_toy_features_come_from_the_task_toml(tmp_path: Path) -> None:
    patch = "--- a/pkg/mod.py\n+++ b/pkg/mod.py\n@@ -1 +1 @@\n-a = 1\n+a = 10\n"
    toml = 'kind = "feature"\n[toy]\nfeatures = ["big_module", "multi_file"]\n'
    root = write_task(tmp_path, toml, patch)
    hints = harness().task_context(load_t1(root), "a1").hints
    assert hints["features"] == ["big_module", "multi_file"]
    assert hints["kind"] == "feature" and hints["file_lines"] == {"pkg/mod.py": 3}


def test_a_file_the_patch_adds_has_no_line_count(tmp_path: Path) -> None:
    hints = harness().task_context(load_t1(write_task(tmp_path, "", ADDED_FILE)), "a1").hints
    assert hints["file_lines"] == {} and hints["kind"] == "" and hints["features"] == []


def test_a_task_without_a_reference_patch_counts_nothing(tmp_path: Path) -> None:
    task = load_t1(write_task(tmp_path, "", ADDED_FILE)).to_dict() | {"solution_patch": None}
    assert harness().task_context(Task.from_dict(task), "a1").hints["file_lines"] == {}


@pytest.mark.parametrize("table", ['[toy]\nfeatures = "big_module"\n', "[toy]\nfeatures = [1]\n",
                                   'toy = "big_module"\n'])
def test_a_malformed_toy_table_says_how_to_write_it(tmp_path: Path, table: str) -> None:
    with pytest.raises(BenchmarkError, match=r"\[toy\] features") as caught:
        load_t1(write_task(tmp_path, table, ADDED_FILE))
    assert caught.value.fix and "features = [" in caught.value.fix


# ---- the hints stay on the host ------------------------------------------------------------


class Upstream(ThreadingHTTPServer):
    """A Messages API on loopback that keeps each body it receives."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        assert isinstance(self.server, Upstream)
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        self.server.bodies.append(body)
        answer = json.dumps({
            "id": "msg_up", "type": "message", "role": "assistant", "model": body["model"],
            "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
            "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_request_forwarded_to_a_real_provider_carries_none_of_the_hints(
        tmp_path: Path, upstream: Upstream, monkeypatch: pytest.MonkeyPatch) -> None:
    patch = "--- a/pkg/mod.py\n+++ b/pkg/mod.py\n@@ -1 +1 @@\n-a = 1\n+a = 424242\n"
    task = load_t1(write_task(tmp_path / "bench", '[toy]\nfeatures = ["slow_tests"]\n', patch))
    monkeypatch.setenv(KEY_ENV, "sk-test-hints")
    config = GatewayConfig(
        provider="anthropic", model=MODEL, prices={MODEL: Price(input=1.0, output=1.0)},
        providers={"anthropic": ProviderSettings(base_url=upstream.url, api_key_env=KEY_ENV)})
    request = {"model": MODEL, "max_tokens": 64,
               "messages": [{"role": "user", "content": "Fix it."}]}
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    with Gateway(config, run_dir) as gw:
        context = harness(gw).task_context(task, "a1")
        assert context.hints["features"] == ["slow_tests"]
        gw.dispatch(request, context)
    sent = json.dumps(upstream.bodies)
    assert len(upstream.bodies) == 1
    for leak in ("424242", "slow_tests", "file_lines", "agent_timeout_s", "reference_patch",
                 "difficulty", "features", "hints"):
        assert leak not in sent
