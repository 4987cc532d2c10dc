"""A meta agent runs in the same hardened sandbox as every agent run (HYPERAGENT_DESIGN §10).

Each meta agent here is a small hostile program of ours run through
`Harness.run_meta_agent`: it reports what it could do in its log (/out/meta.log) as JSON.
It never calls the model, so the gateway only has to exist.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgm.config import RunConfig
from dgm.services import RunServices, open_services
from evals.harness import AgentRun
from evals.patches import touched_paths
from evals.runshape import OUTPUT_LIMIT
from ground.context import CallContext

pytestmark = pytest.mark.docker
CONTEXT = {"v": 1, "run": "meta-sandbox", "attempt": "g001a00", "generation": 1, "index": 0,
           "iterations_left": 3}

WRITES = """
import json, os, sys
def attempt(what, action):
    try:
        action()
        return "done"
    except OSError as exc:
        return type(exc).__name__
def append(path):
    with open(path, "a") as handle:
        handle.write("forged")
tries = {
    "append /archive/context.json": lambda: append("/archive/context.json"),
    "append /archive/agents/a1/diff.patch": lambda: append("/archive/agents/a1/diff.patch"),
    "create /archive/new.txt": lambda: append("/archive/new.txt"),
    "remove /archive/index.jsonl": lambda: os.remove("/archive/index.jsonl"),
    "rename /archive/agents": lambda: os.rename("/archive/agents", "/archive/gone"),
    "chmod /archive/context.json": lambda: os.chmod("/archive/context.json", 0o777),
    "append /agent/meta_agent.py": lambda: append("/agent/meta_agent.py"),
    "create /agent/new.py": lambda: append("/agent/new.py"),
    "remove /agent/coding_agent.py": lambda: os.remove("/agent/coding_agent.py"),
}
log = sys.argv[sys.argv.index("--log-file") + 1]
with open(log, "w") as handle:
    json.dump({what: attempt(what, action) for what, action in tries.items()}, handle)
"""

ENV = """
import json, os, sys
with open(sys.argv[sys.argv.index("--log-file") + 1], "w") as handle:
    json.dump(dict(os.environ), handle)
"""

NETWORK = """
import json, socket, sys
def attempt(action):
    try:
        action()
        return "connected"
    except OSError as exc:
        return type(exc).__name__
tries = {
    "tcp": lambda: socket.create_connection(("1.1.1.1", 53), timeout=3),
    "dns": lambda: socket.getaddrinfo("example.com", 443),
    "docker": lambda: socket.socket(socket.AF_UNIX).connect("/var/run/docker.sock"),
}
found = {what: attempt(action) for what, action in tries.items()}
found["interfaces"] = sorted(name for _, name in socket.if_nameindex())
with open(sys.argv[sys.argv.index("--log-file") + 1], "w") as handle:
    json.dump(found, handle)
"""

PEEKS = """
import json, os, sys
names = set(json.loads(NAMES))
found = []
for root, dirs, files in os.walk("/", onerror=lambda error: None):
    if root == "/":
        dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev")]
    found += [os.path.join(root, n) for n in dirs + files if n in names]
with open(sys.argv[sys.argv.index("--log-file") + 1], "w") as handle:
    json.dump(found, handle)
"""

FORGES = """
import json, pathlib, subprocess, sys
ws = pathlib.Path(sys.argv[sys.argv.index("--workspace") + 1])
def git(*args):
    return subprocess.run(["git", "-c", "user.name=m", "-c", "user.email=m@example.com", *args],
                          cwd=ws, check=True, capture_output=True, text=True).stdout
(ws / "coding_agent.py").write_text("QUALITY = 2\\n")
git("add", "-A")
git("commit", "-q", "--amend", "-m", "base")  # the change passed off as the base
(ws / "smuggled.py").write_text("import os\\n")
git("add", "-A")
git("commit", "-q", "-m", "smuggled")
(ws / "smuggled.py").unlink()  # in the history only
with open(sys.argv[sys.argv.index("--log-file") + 1], "w") as handle:
    json.dump({"log": git("log", "--format=%s"), "status": git("status", "--porcelain")}, handle)
"""

SUMMARY = """
import json, sys
summary = sys.argv[sys.argv.index("--summary-file") + 1]
with open(summary, "w") as handle:
    if SIZE == "big":
        handle.write('{"improvement": "' + "y" * 40000 + '"}')
    else:
        context = json.load(open("/archive/context.json"))
        json.dump({"improvement": "x", "argv": sys.argv[1:], "context": context}, handle)
"""

SELF_CHECK = """
import os, sys
if "--self-check" in sys.argv:
    seen = [k for k in os.environ if k.startswith("DGM_")]
    seen += [p for p in ("/dgm", "/archive") if os.path.exists(p)]
    print("seen:", seen)
    sys.exit(3 if seen else 0)
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
             ) -> Iterator[RunServices]:
    with open_services(RunConfig(name="meta-sandbox"), tmp_path_factory.mktemp("run"),
                       image=sandbox_image) as svc:
        yield svc


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An export as the driver lays it out, one file hardlinked from a run-level cache; open to
    every user, so that only the read-only mount keeps the sandbox from writing it."""
    root, cache = tmp_path / "export", tmp_path / "export_cache" / "agents" / "a1"
    (root / "agents" / "a1").mkdir(parents=True)
    cache.mkdir(parents=True)
    (cache / "diff.patch").write_text("diff --git a/x b/x\n")
    os.link(cache / "diff.patch", root / "agents" / "a1" / "diff.patch")
    (root / "README.md").write_text("what each file is\n")
    (root / "context.json").write_text(json.dumps(CONTEXT))
    (root / "index.jsonl").write_text('{"id": "a1"}\n')
    open_to_all(root)
    return root


def open_to_all(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)


def make_agent(root: Path, meta_body: str, coding_body: str = "QUALITY = 1\n") -> Path:
    root.mkdir(parents=True)
    root.chmod(0o755)
    for name, body in (("meta_agent.py", meta_body), ("coding_agent.py", coding_body)):
        (root / name).write_text(body)
        (root / name).chmod(0o644)
    return root


def meta_run(services: RunServices, agent: Path, export: Path) -> AgentRun:
    """The agent's meta agent on a copy of its own source, as a meta step runs it."""
    context = CallContext(services.run_id, f"meta-{agent.name}", "meta_agent")
    run = services.harness.run_meta_agent(agent, agent, export, context, 3, 120.0)
    assert run.exit_code == 0 and not run.timed_out, run.stdout_tail
    return run


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_archive_and_the_agent_cannot_be_written(services, tmp_path: Path,
                                                     export: Path) -> None:
    agent = make_agent(tmp_path / "writes", WRITES)
    open_to_all(agent)
    before, agent_before = tree_bytes(export), tree_bytes(agent)
    run = meta_run(services, agent, export)
    tried = json.loads(run.log)
    assert len(tried) == 9 and all(outcome != "done" for outcome in tried.values()), tried
    assert tree_bytes(export) == before and tree_bytes(agent) == agent_before
    cached = tmp_path / "export_cache" / "agents" / "a1" / "diff.patch"
    assert cached.read_text() == "diff --git a/x b/x\n"  # the inode it shares is untouched
    assert run.patch == "" and run.summary == ""


def test_the_environment_is_an_agent_runs_own(services, tmp_path: Path, export: Path) -> None:
    agent = make_agent(tmp_path / "env", ENV, coding_body=ENV)
    meta_env = json.loads(meta_run(services, agent, export).log)
    context = CallContext(services.run_id, "coding-env", "coding_agent")
    agent_env = json.loads(services.harness.run_agent(agent, "dump", agent, context).log)
    assert sorted(meta_env) == sorted(agent_env)
    assert sorted(k for k in meta_env if k.startswith("DGM_")) == [
        "DGM_GATEWAY_SOCKET", "DGM_GATEWAY_TOKEN", "DGM_MODEL"]
    assert meta_env["DGM_GATEWAY_TOKEN"] != agent_env["DGM_GATEWAY_TOKEN"]
    secrets = [k for k in meta_env if any(w in k.upper() for w in ("KEY", "SECRET", "PASSWORD"))]
    assert secrets == []


def test_there_is_no_network(services, tmp_path: Path, export: Path) -> None:
    found = json.loads(meta_run(services, make_agent(tmp_path / "net", NETWORK), export).log)
    assert found["interfaces"] == ["lo"]
    assert all(found[what] != "connected" for what in ("tcp", "dns", "docker")), found


def test_a_walk_of_the_file_system_finds_no_task_secret(services, tmp_path: Path,
                                                        export: Path) -> None:
    bench = services.bench
    ids = set(bench.split("full")) | set(bench.split("heldout"))
    names = {"solution.patch", "test_hidden.py", "task.toml", "benchmark.toml", *ids}
    body = PEEKS.replace("json.loads(NAMES)", f"json.loads({json.dumps(sorted(names))!r})")
    found = json.loads(meta_run(services, make_agent(tmp_path / "peeks", body), export).log)
    assert found == []
    assert "textutils-slugify" in ids and len(ids) > 40  # the names looked for are real ones


def test_forged_workspace_history_changes_nothing_in_the_hosts_diff(services, tmp_path: Path,
                                                                    export: Path) -> None:
    run = meta_run(services, make_agent(tmp_path / "forges", FORGES), export)
    inside = json.loads(run.log)
    assert inside["log"].split() == ["smuggled", "base"] and "smuggled.py" in inside["status"]
    assert touched_paths(run.patch) == ["coding_agent.py"]
    assert "-QUALITY = 1\n+QUALITY = 2" in run.patch


def test_the_summary_is_read_back(services, tmp_path: Path, export: Path) -> None:
    body = SUMMARY.replace("SIZE", '"small"')
    summary = json.loads(meta_run(services, make_agent(tmp_path / "says", body), export).summary)
    assert summary["argv"] == ["--workspace", "/workspace", "--archive", "/archive",
                               "--iterations-left", "3", "--log-file", "/out/meta.log",
                               "--summary-file", "/out/summary.json"]
    assert summary["context"] == CONTEXT and summary["improvement"] == "x"


def test_a_long_summary_is_cut(services, tmp_path: Path, export: Path) -> None:
    body = SUMMARY.replace("SIZE", '"big"')
    run = meta_run(services, make_agent(tmp_path / "rambles", body), export)
    assert run.summary == ('{"improvement": "' + "y" * 40000)[:OUTPUT_LIMIT]


def test_the_self_check_runs_the_entry_without_gateway_or_archive(services,
                                                                  tmp_path: Path) -> None:
    harness = services.harness
    ok = harness.self_check(make_agent(tmp_path / "ok", SELF_CHECK), "meta_agent.py")
    assert ok.passed, ok.output_tail
    broken = harness.self_check(make_agent(tmp_path / "broken", "import no_such_module\n"),
                                "meta_agent.py")
    assert broken.agent_exit_code == 1 and "ModuleNotFoundError" in broken.output_tail
    missing = harness.self_check(tmp_path / "ok", "absent.py")
    assert not missing.passed and missing.task_id == "absent.py"
