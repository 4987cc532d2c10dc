"""The generated tamper suite: a patch shadowing any module the grader's Python has imported
when the first test starts never gets graded resolved.

The module list comes from a real pytest start in the image, run the way the grader runs it
(a probe test that runs first and writes the top-level names in sys.modules). Every module
gets a shadow (X.py, or X/__init__.py for a package) with a force-pass hook: it marks that it
ran and makes every test report pass, so the junit file and the -rA lines would agree. Shadows
are graded in groups, each one still checked to be in `dropped_paths`. All on the bundled task
`paginate-count`, whose untouched repo fails its hidden tests.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from ev_fixtures import make_patch

from evals import Benchmark, Task
from evals.grading import GradeResult, grade_patch, judge, run_tests
from evals.workspace import (
    apply_patch,
    base_modules,
    install_hidden_tests,
    protected_patterns,
    setup_repo,
)

pytestmark = pytest.mark.docker

GROUP = 80  # shadows per graded patch
WORKERS = 2
MARKS = "/tmp/dgm-shadow-ran"
PROBE_OUT = "/tmp/dgm-first-test.json"
PROBE_TEST = f"""
import json
import sys


def test_0_first():
    tops = {{}}
    for name, module in list(sys.modules.items()):
        top = name.partition(".")[0]
        tops[top] = tops.get(top, False) or (top == name and hasattr(module, "__path__"))
    with open({PROBE_OUT!r}, "w") as out:
        json.dump(tops, out)
"""
HOOK = '''
"""A shadow of {name!r}: if it ever runs in the grader, every test report says passed."""
try:
    open("{marks}/{name}", "w").close()
except BaseException:
    pass


def _force_pass():
    import _pytest.reports

    made = _pytest.reports.TestReport.from_item_and_call.__func__

    def passed(cls, item, call):
        report = made(cls, item, call)
        report.outcome, report.longrepr = "passed", None
        return report

    _pytest.reports.TestReport.from_item_and_call = classmethod(passed)


try:
    _force_pass()
except BaseException:
    pass
'''


@pytest.fixture(scope="module")
def task(pytasks: Benchmark) -> Task:
    return pytasks.task("paginate-count")


@pytest.fixture(scope="module")
def first_test_modules(task: Task, sandbox_image: str,
                       tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    """Top-level modules loaded when the first test starts, as {name: is a package}; the
    repo's own modules (code under test, test files) left out."""
    from sandbox import open_sandbox

    hidden = tmp_path_factory.mktemp("probe")
    shutil.copytree(task.hidden_tests_dir, hidden, dirs_exist_ok=True)
    (hidden / "test_0_probe.py").write_text(PROBE_TEST)
    probing = dataclasses.replace(task, hidden_tests_dir=hidden)
    with open_sandbox(None, image=sandbox_image, run_id="pytest") as sb:
        setup_repo(sb, probing)
        assert install_hidden_tests(sb, probing) is None
        run = run_tests(sb, probing)
        assert "tests/hidden/test_0_probe.py::test_0_first" in (run.junit or {}), run.output
        found = json.loads(sb.exec(["cat", PROBE_OUT], timeout=30).stdout)
        own = base_modules(sb)
    tests = {p.stem for p in [*hidden.iterdir(), *(task.repo_dir / "tests").iterdir()]}
    return {name: package for name, package in found.items()
            if name not in own and name not in tests}


def shadow_files(names: dict[str, bool]) -> dict[str, str]:
    """One force-pass shadow per module: X/__init__.py for a package, X.py otherwise."""
    return {f"{name}/__init__.py" if package else f"{name}.py":
            textwrap.dedent(HOOK).format(name=name, marks=MARKS) for name, package in names.items()}


def groups(files: dict[str, str]) -> list[dict[str, str]]:
    items = sorted(files.items())
    return [dict(items[i:i + GROUP]) for i in range(0, len(items), GROUP)]


def test_the_probe_saw_the_runtime(first_test_modules: dict[str, bool]) -> None:
    expected = {"os", "sys", "json", "re", "_pytest", "pytest", "pluggy", "encodings",
                "importlib", "dgm_grader_path"}
    assert expected <= set(first_test_modules)
    assert first_test_modules["json"] and not first_test_modules["os"]
    assert "paging" not in first_test_modules


def test_every_shadow_is_dropped_and_unresolved(first_test_modules: dict[str, bool], task: Task,
                                                sandbox_image: str, tmp_path: Path) -> None:
    files = shadow_files(first_test_modules)
    patches = [(set(g), make_patch(task, tmp_path / str(i), g))
               for i, g in enumerate(groups(files))]

    def grade(item: tuple[set[str], str]) -> tuple[set[str], GradeResult]:
        return item[0], grade_patch(task, item[1], None, sandbox_image, run_id="pytest")

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        graded = list(pool.map(grade, patches))
    print(f"\n{len(files)} shadow patches in {len(graded)} gradings")
    for paths, result in graded:
        assert not result.resolved, result.output_tail
        assert result.patch_applied and result.tests_failed > 0
        assert paths <= set(result.dropped_paths), sorted(paths - set(result.dropped_paths))


def test_shadows_applied_unfiltered_never_run(first_test_modules: dict[str, bool], task: Task,
                                              sandbox_image: str, tmp_path: Path) -> None:
    """Even with the name check skipped, the repo is behind the runtime on sys.path."""
    from sandbox import open_sandbox

    files = shadow_files(first_test_modules)
    patch = make_patch(task, tmp_path, files)
    with open_sandbox(None, image=sandbox_image, run_id="pytest") as sb:
        setup_repo(sb, task)
        outcome = apply_patch(sb, patch, protected_patterns(task))  # patterns only, no names
        assert outcome.applied and install_hidden_tests(sb, task) is None
        # Only the pattern-protected ones (pytest, pluggy, py, sitecustomize...) were undone.
        assert "os.py" not in outcome.restored_paths and len(outcome.restored_paths) < 10
        present = sb.exec(["ls", "/workspace/os.py", "/workspace/json/__init__.py"], timeout=30)
        assert present.exit_code == 0, present.stderr
        sb.exec(["mkdir", "-p", MARKS], timeout=30)
        run = run_tests(sb, task)
        ran = sb.exec(["ls", MARKS], timeout=30).stdout.split()
    result = judge(task, run, GradeResult(task_id=task.id, benchmark=task.benchmark))
    assert ran == [], ran
    assert not result.resolved and result.tests_failed > 0 and result.tests_passed > 0
