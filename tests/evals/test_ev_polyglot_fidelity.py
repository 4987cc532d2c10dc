"""Polyglot tasks keep upstream's bytes, and a test helper that holds no tests grades fine.

Real exercises (react, paasio) from tests/evals/data, in the layout of Aider's benchmark.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evals import Task, load_benchmark
from evals.grading import grade_patch
from evals.polyglot import holds_tests
from evals.validate import validate_task

DATA = Path(__file__).parent / "data" / "polyglot"
PRACTICE = DATA / "python" / "exercises" / "practice"


def git(repo: Path, *args: str, stdin: str | None = None) -> str:
    """Host git on a scratch checkout made here."""
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                          input=stdin, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def upstream_checkout(exercise: str, dest: Path) -> Path:
    """The exercise directory as a git repo at its upstream state."""
    shutil.copytree(PRACTICE / exercise, dest)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "upstream")
    return dest


def upstream_patch(exercise: str, stub: str, tmp: Path) -> str:
    """The example solution as `git diff` makes it in an upstream checkout."""
    repo = upstream_checkout(exercise, tmp / f"upstream-{exercise}")
    shutil.copyfile(repo / ".meta" / "example.py", repo / stub)
    return git(repo, "diff")


@pytest.fixture
def tasks(tmp_path: Path) -> dict[str, Task]:
    bench = load_benchmark(f"polyglot:{DATA}", cache_dir=tmp_path / "cache")
    return {i.removeprefix("python__"): bench.task(i) for i in bench.ids}


def test_stubs_and_tests_are_upstream_bytes(tasks: dict[str, Task]) -> None:
    react = tasks["react"]
    assert not (PRACTICE / "react" / "react.py").read_bytes().endswith(b"\n")
    assert (react.repo_dir / "react.py").read_bytes() == \
        (PRACTICE / "react" / "react.py").read_bytes()
    assert (react.hidden_tests_dir / "react_test.py").read_bytes() == \
        (PRACTICE / "react" / "react_test.py").read_bytes()
    paasio = tasks["paasio"]
    assert (paasio.repo_dir / "paasio.py").read_bytes() == \
        (PRACTICE / "paasio" / "paasio.py").read_bytes()


def test_reference_and_upstream_patches_apply_both_ways(tasks: dict[str, Task],
                                                        tmp_path: Path) -> None:
    react = tasks["react"]
    made_upstream = upstream_patch("react", "react.py", tmp_path)
    ours = tmp_path / "ours"
    shutil.copytree(react.repo_dir, ours)
    git(ours, "init", "-q")
    git(ours, "apply", "--check", "-", stdin=made_upstream)
    upstream = upstream_checkout("react", tmp_path / "again")
    git(upstream, "apply", "-", stdin=react.solution_patch)
    assert (upstream / "react.py").read_bytes() == \
        (PRACTICE / "react" / ".meta" / "example.py").read_bytes()


def test_a_helper_holding_no_tests_is_not_a_test_file(tasks: dict[str, Task],
                                                      tmp_path: Path) -> None:
    paasio = tasks["paasio"]
    assert [p.name for p in paasio.hidden_tests_dir.iterdir()] == ["paasio_test.py"]
    assert paasio.test_command.endswith("pytest -q -p no:cacheprovider paasio_test.py")
    # The helper arrives at grading as a new-file diff that makes upstream's exact bytes.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    git(scratch, "init", "-q")
    git(scratch, "apply", "-", stdin=paasio.hidden_tests_patch)
    assert (scratch / "test_utils.py").read_bytes() == \
        (PRACTICE / "paasio" / "test_utils.py").read_bytes()
    assert tasks["react"].hidden_tests_patch is None


@pytest.mark.parametrize("source, expected", [
    ((PRACTICE / "paasio" / "test_utils.py").read_text(), False),
    ((PRACTICE / "paasio" / "paasio_test.py").read_text(), True),
    ("def test_one():\n    assert True\n", True),
    ("import unittest\nclass Checks(unittest.TestCase):\n    pass\n", True),
    ("class TestThings:\n    pass\n", True),
    ("def helper():\n    return 1\n", False),
    ("def broken(:\n", True),
])
def test_holds_tests(source: str, expected: bool) -> None:
    assert holds_tests(source) is expected


@pytest.mark.docker
def test_a_patch_made_against_the_upstream_react_checkout_resolves(
        tasks: dict[str, Task], tmp_path: Path, sandbox_image: str) -> None:
    patch = upstream_patch("react", "react.py", tmp_path)
    assert "\\ No newline at end of file" in patch
    result = grade_patch(tasks["react"], patch, None, sandbox_image, run_id="pytest")
    assert result.resolved, (result.error, result.output_tail)
    assert result.tests_passed == 14 and result.dropped_paths == []


@pytest.mark.docker
def test_paasio_validates_and_its_helper_cannot_be_replaced(
        tasks: dict[str, Task], sandbox_image: str) -> None:
    paasio = tasks["paasio"]
    check = validate_task(paasio, None, sandbox_image)
    assert check.problems == []
    assert check.reference and check.reference.tests_passed == 25
    forged = ("diff --git a/test_utils.py b/test_utils.py\nnew file mode 100644\n"
              "--- /dev/null\n+++ b/test_utils.py\n@@ -0,0 +1 @@\n+raise SystemExit(0)\n")
    result = grade_patch(paasio, (paasio.solution_patch or "") + forged, None, sandbox_image,
                         run_id="pytest")
    assert result.resolved and result.dropped_paths == ["test_utils.py"]
    assert result.tests_passed == 25
