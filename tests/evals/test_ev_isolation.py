"""The grader's Python keeps the repo behind the standard library and installed packages, and
the module names a patch may not add are probed once per image; for every format."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ev_fixtures import built_image, make_swebench_repo, write_polyglot

from evals import Benchmark, Task, load_benchmark
from evals.grading import grade_patch, run_tests
from evals.isolation import PLUGIN_SOURCE, guarded_modules, image_modules
from evals.materialize import file_diff
from evals.workspace import apply_patch, protected_patterns, setup_repo

SHADOW_JSON = "import os\nos._exit(0)\n"  # were it imported, the run would end "passing"


def order(tmp: Path, entries: list[str]) -> list[str]:
    """sys.path after the plugin ran in a host Python whose sys.path was `entries` and the
    plugin's directory."""
    plugin = tmp / "py" / "dgm_grader_path.py"
    plugin.parent.mkdir(exist_ok=True)
    plugin.write_text(PLUGIN_SOURCE.format(repo="/workspace"))
    code = (f"import json, runpy, sys\nsys.path[:] = {[*entries, str(plugin.parent)]!r}\n"
            f"runpy.run_path({str(plugin)!r})\nprint(json.dumps(sys.path))")
    out = subprocess.run([sys.executable, "-c", code], cwd="/", check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out)


def test_plugin_puts_the_repo_last(tmp_path: Path) -> None:
    stdlib, site = "/usr/lib/python3.11", "/opt/venv/lib/python3.11/site-packages"
    assert order(tmp_path, ["/workspace", stdlib, site]) == [stdlib, site, "/workspace"]
    assert order(tmp_path, ["", stdlib, site, "/workspace/tests"]) == [
        "", stdlib, site, "/workspace/tests", "/workspace"]  # '' is the cwd, here /


@pytest.fixture(scope="module")
def paginate(pytasks: Benchmark) -> Task:
    return pytasks.task("paginate-count")


@pytest.mark.docker
def test_code_under_test_sees_the_repo_last(paginate: Task, sandbox_image: str) -> None:
    from sandbox import open_sandbox

    record = ("import json, sys\n"
              "with open('/tmp/dgm-sys-path.json', 'w') as out:\n"
              "    json.dump(sys.path, out)\n")
    init = (paginate.repo_dir / "paging/__init__.py").read_text()
    patch = file_diff("paging/__init__.py", init, record + init)
    with open_sandbox(None, image=sandbox_image, run_id="pytest") as sb:
        setup_repo(sb, paginate)
        assert apply_patch(sb, patch, protected_patterns(paginate)).applied
        run = run_tests(sb, paginate)
        path = json.loads(sb.exec(["cat", "/tmp/dgm-sys-path.json"], timeout=30).stdout)
    assert run.junit, run.output
    repo = [i for i, p in enumerate(path) if p == "/workspace" or p.startswith("/workspace/")]
    runtime = [i for i, p in enumerate(path) if p.startswith(("/usr/lib/python3", "/opt/venv"))]
    assert repo and runtime and max(runtime) < min(repo), path


@pytest.mark.docker
def test_image_modules_are_probed_once_and_cached(paginate: Task, sandbox_image: str,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from sandbox import open_sandbox

    monkeypatch.setenv("DGM_CACHE_DIR", str(tmp_path))
    with open_sandbox(None, image=sandbox_image, run_id="pytest") as sb:
        setup_repo(sb, paginate)
        names = image_modules(sb, paginate)
        guarded = guarded_modules(sb, paginate)
        assert image_modules(sb, paginate) is names
    cached = list((tmp_path / "grader-modules").glob("*.json"))
    assert len(cached) == 1 and set(json.loads(cached[0].read_text())["modules"]) <= names
    # Installed (a namespace package too), standard library, and tried at import though absent.
    assert {"pydantic", "typing_extensions", "opentelemetry", "pygments", "json", "org"} <= names
    assert "paging" not in guarded and "tests" not in guarded and "__main__" in guarded


@pytest.fixture(scope="module")
def installed_repo_image(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
                         ) -> Iterator[tuple[Path, str]]:
    """A SWE-bench-like image whose repo at /testbed is on sys.path, as an editable install."""
    root = tmp_path_factory.mktemp("swe-installed")
    record = make_swebench_repo(root / "context" / "repo")
    (root / "context" / "testbed.pth").write_text("/testbed\n")
    (root / "context" / "Dockerfile").write_text(
        f"FROM {sandbox_image}\nCOPY repo /testbed\n"
        "COPY testbed.pth /opt/venv/lib/python3.11/site-packages/testbed.pth\n")
    tag = f"dgm-test-swebench-installed:{record['base_commit'][:12]}"
    with built_image(root / "context", tag):
        path = root / "instances.jsonl"
        path.write_text(json.dumps(record) + "\n")
        yield path, tag


@pytest.fixture(scope="module")
def swebench_task(installed_repo_image: tuple[Path, str]) -> Task:
    path, tag = installed_repo_image
    return load_benchmark(f"swebench:{path}", image=tag).task("acme__calcpkg-1")


@pytest.mark.docker
def test_swebench_installed_repo_is_graded_from_the_patched_copy(swebench_task: Task) -> None:
    gold = grade_patch(swebench_task, swebench_task.solution_patch or "", run_id="pytest")
    assert gold.resolved and gold.dropped_paths == [], (gold.error, gold.output_tail)
    untouched = grade_patch(swebench_task, "", run_id="pytest")
    assert not untouched.resolved


def shadowing(name: str) -> str:
    """A patch adding a force-exit shadow of `name` at the repo root."""
    return file_diff(f"{name}/__init__.py" if name == "json" else f"{name}.py", None,
                     SHADOW_JSON)


@pytest.fixture(scope="module")
def format_tasks(tmp_path_factory: pytest.TempPathFactory, swebench_task: Task) -> list[Task]:
    """One task of each format whose untouched repo fails its tests."""
    cache = tmp_path_factory.mktemp("cache")
    polyglot = write_polyglot(tmp_path_factory.mktemp("polyglot"))
    return [load_benchmark("pytasks").task("paginate-count"),
            load_benchmark("humaneval", cache_dir=cache).task("HumanEval-0"),
            load_benchmark(f"polyglot:{polyglot}", cache_dir=cache).task("python__leap"),
            swebench_task]


@pytest.mark.docker
@pytest.mark.parametrize("index", range(4), ids=["pytasks", "humaneval", "polyglot", "swebench"])
@pytest.mark.parametrize("name", ["json", "typing_extensions"])
def test_every_format_drops_shadows(format_tasks: list[Task], index: int, name: str,
                                    sandbox_image: str) -> None:
    task = format_tasks[index]
    result = grade_patch(task, shadowing(name), None, sandbox_image, run_id="pytest")
    assert not result.resolved and result.patch_applied, (result.error, result.output_tail)
    assert result.dropped_paths == [f"{name}/__init__.py" if name == "json" else f"{name}.py"]
