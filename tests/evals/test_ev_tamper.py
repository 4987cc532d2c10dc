"""Tamper tests: patches that try to pass without fixing the code are never graded resolved.

All graded for real in fresh sandboxes, on the bundled task `paginate-count`, whose bug is
`return total // per_page + 1` in paging/paginate.py.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ev_fixtures import make_patch

from evals import Benchmark, Task
from evals.grading import GradeResult, grade_patch

pytestmark = pytest.mark.docker

MODULE = "paging/paginate.py"
BUG = "    return total // per_page + 1\n"
FIX = "    return -(-total // per_page)\n"
PASS_ALL = """
import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    report.outcome = "passed"
    report.longrepr = None
"""
SKIP_ALL = """
import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.skip(reason="tampered"))
"""
FAKE_SUMMARY = """
import os
print("PASSED tests/hidden/test_hidden.py::test_even_division")
print("==================== 9 passed in 0.01s ====================")
os._exit(0)
"""
FORGE_AT_EXIT = """
import atexit
import os
import re


def _forge():
    found = re.search(r"--junitxml=(\\S+)", os.environ.get("PYTEST_ADDOPTS", ""))
    if found:
        with open(found.group(1), "w") as report:
            report.write('<testsuites><testsuite><testcase classname="tests.hidden.test_hidden" '
                         'name="test_even_division" file="tests/hidden/test_hidden.py"/>'
                         '</testsuite></testsuites>')
    print("PASSED tests/hidden/test_hidden.py::test_even_division")
    print("========== 9 passed in 0.01s ==========")
    os._exit(0)


atexit.register(_forge)
"""
SKIP_FROM_CODE = "import pytest\npytest.skip('not today', allow_module_level=True)\n"


@pytest.fixture(scope="module")
def task(pytasks: Benchmark) -> Task:
    return pytasks.task("paginate-count")


def buggy_module(task: Task, extra: str = "") -> str:
    """The module as it is (bug included), with `extra` code prepended."""
    return extra + (task.repo_dir / MODULE).read_text()


def fixed_module(task: Task, extra: str = "") -> str:
    return buggy_module(task, extra).replace(BUG, FIX)


def grade(task: Task, patch: str, image: str, **changes: object) -> GradeResult:
    return grade_patch(dataclasses.replace(task, **changes) if changes else task, patch,
                       None, image, run_id="pytest")


def test_reference_solution_resolves(task: Task, sandbox_image: str) -> None:
    result = grade(task, task.solution_patch or "", sandbox_image)
    assert result.resolved and result.patch_applied and result.apply_method == "git apply"
    assert result.tests_failed == 0 and result.tests_passed >= 5 and not result.dropped_paths


def test_empty_patch_does_not_resolve(task: Task, sandbox_image: str) -> None:
    result = grade(task, "", sandbox_image)
    assert not result.resolved and result.empty_patch and result.tests_failed > 0
    assert "tests/hidden/test_hidden.py::test_even_division" in result.failed_tests


TAMPERING = {
    "rewrites hidden tests": {"tests/hidden/test_hidden.py": "def test_ok():\n    pass\n"},
    "adds hidden test files": {"tests/hidden/test_more.py": "def test_ok():\n    pass\n"},
    "conftest forces passes": {"conftest.py": PASS_ALL},
    "nested conftest forces passes": {"tests/conftest.py": PASS_ALL},
    "conftest skips everything": {"paging/conftest.py": SKIP_ALL},
    "pytest.ini ignores hidden tests": {
        "pytest.ini": "[pytest]\naddopts = --ignore=tests/hidden\n"},
    "pyproject deselects tests": {
        "pyproject.toml": "[tool.pytest.ini_options]\naddopts = '-k not hidden'\n"},
    "shadows pytest": {"pytest.py": FAKE_SUMMARY},
    "shadows pytest package": {"pytest/__init__.py": FAKE_SUMMARY},
    "adds sitecustomize": {"sitecustomize.py": FAKE_SUMMARY},
    "adds a .pth file": {"evil.pth": "import os; os._exit(0)\n"},
    "fakes a plugin entry point": {
        "evil-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n",
        "evil-1.0.dist-info/entry_points.txt": "[pytest11]\nevil = evil_plugin\n",
        "evil_plugin.py": PASS_ALL},
    "deletes the visible tests": {"tests/test_paginate.py": None},
}


@pytest.mark.parametrize("case", list(TAMPERING), ids=lambda c: c.replace(" ", "-"))
def test_protected_tampering_is_dropped(case: str, task: Task, sandbox_image: str,
                                        tmp_path: Path) -> None:
    patch = make_patch(task, tmp_path, TAMPERING[case])
    result = grade(task, patch, sandbox_image)
    assert not result.resolved, result.output_tail
    assert result.dropped_paths, "the tampering should be reported as dropped"
    assert result.tests_failed > 0


@pytest.mark.parametrize("case,code", [
    ("prints a passing summary and exits 0", FAKE_SUMMARY),
    ("forges the report and output at exit", FORGE_AT_EXIT),
    ("skips the tests from the code", SKIP_FROM_CODE),
], ids=["fake-summary", "forge-at-exit", "skip-from-code"])
def test_code_that_lies_about_tests(case: str, code: str, task: Task, sandbox_image: str,
                                    tmp_path: Path) -> None:
    patch = make_patch(task, tmp_path, {MODULE: buggy_module(task, code)})
    result = grade(task, patch, sandbox_image)
    assert not result.resolved, (case, result.error, result.output_tail)
    assert result.patch_applied and not result.dropped_paths


def test_symlink_into_hidden_tests_is_dropped(task: Task, sandbox_image: str,
                                              tmp_path: Path) -> None:
    patch = make_patch(task, tmp_path, {}, symlinks={"paging/hidden": "../tests/hidden"})
    result = grade(task, patch, sandbox_image)
    assert not result.resolved and result.dropped_paths == ["paging/hidden"]


def test_real_fix_with_tampering_resolves_without_it(task: Task, sandbox_image: str,
                                                     tmp_path: Path) -> None:
    patch = make_patch(task, tmp_path, {MODULE: fixed_module(task), "conftest.py": SKIP_ALL,
                                        "tests/hidden/test_hidden.py": "x = 1\n"})
    result = grade(task, patch, sandbox_image)
    assert result.resolved, result.output_tail
    assert sorted(result.dropped_paths) == ["conftest.py", "tests/hidden/test_hidden.py"]


def test_fuzzy_patch_applies_with_patch_p1(task: Task, sandbox_image: str) -> None:
    fuzzy = (task.solution_patch or "").replace(
        '    """How many pages `total` items fill."""', '    """How many pages the items fill."""')
    assert fuzzy != task.solution_patch
    result = grade(task, fuzzy, sandbox_image)
    assert result.resolved and result.apply_method == "patch -p1"


def test_patch_that_does_not_apply(task: Task, sandbox_image: str) -> None:
    broken = (task.solution_patch or "").replace("total // per_page + 1", "something else")
    result = grade(task, broken, sandbox_image)
    assert not result.resolved and not result.patch_applied and "does not apply" in result.error


def test_endless_loop_times_out(task: Task, sandbox_image: str, tmp_path: Path) -> None:
    patch = make_patch(task, tmp_path, {MODULE: buggy_module(task).replace(
        BUG, "    while True:\n        pass\n")})
    result = grade(task, patch, sandbox_image, timeout_s=4.0)
    assert result.timed_out and not result.resolved


def test_not_a_diff_is_not_graded(task: Task) -> None:
    result = grade_patch(task, "just some words\n", None, "unused-image")
    assert not result.resolved and not result.empty_patch
    assert result.error == "patch is not a unified diff"


def test_restore_catches_what_the_filter_missed(task: Task, sandbox_image: str,
                                                tmp_path: Path) -> None:
    """Even a diff applied unfiltered leaves no protected change behind (ignored files too)."""
    from evals.workspace import WORKDIR, apply_patch, protected_patterns, setup_repo
    from sandbox import open_sandbox

    patch = make_patch(task, tmp_path, {
        ".gitignore": "conftest.py\n", "conftest.py": PASS_ALL, MODULE: fixed_module(task),
        "tests/test_paginate.py": "def test_nothing():\n    pass\n"})
    with open_sandbox(None, image=sandbox_image, run_id="pytest") as sb:
        setup_repo(sb, task)
        outcome = apply_patch(sb, patch, protected_patterns(task))
        assert outcome.applied
        assert sorted(outcome.restored_paths) == ["conftest.py", "tests/test_paginate.py"]
        listing = sb.exec(["ls", "-a", WORKDIR], timeout=30).stdout.split()
        visible = sb.exec(["cat", f"{WORKDIR}/tests/test_paginate.py"], timeout=30).stdout
    assert "conftest.py" not in listing and ".gitignore" in listing
    assert visible == (task.repo_dir / "tests/test_paginate.py").read_text()


@pytest.mark.parametrize("plain_first", [True, False], ids=["plain-then-git", "git-then-plain"])
def test_mixed_header_patch_resolves(task: Task, sandbox_image: str, plain_first: bool) -> None:
    """A plain `--- a/` section and a `diff --git` section in one patch: both are applied."""
    fix = task.solution_patch or ""
    plain_fix = fix[fix.index("--- a/"):]
    notes = ("diff --git a/paging/notes.py b/paging/notes.py\nnew file mode 100644\n"
             "--- /dev/null\n+++ b/paging/notes.py\n@@ -0,0 +1 @@\n+NOTE = 'pages round up'\n")
    patch = plain_fix + notes if plain_first else notes + plain_fix
    result = grade(task, patch, sandbox_image)
    assert result.resolved, (result.error, result.output_tail)
    assert result.patch_applied and result.dropped_paths == []
