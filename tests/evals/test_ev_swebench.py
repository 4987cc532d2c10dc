"""A SWE-bench instance built here, graded the SWE-bench way in its own environment image."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ev_fixtures import swebench_instance

from evals import Task, load_benchmark
from evals.grading import grade_patch
from evals.validate import validate_task

pytestmark = pytest.mark.docker

F2P, P2P = "tests/test_ops.py::test_add", "tests/test_ops.py::test_sub"


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
             ) -> Iterator[tuple[Path, dict, str]]:
    """(instances file, record, image): the repo lives at /testbed in an image built FROM ours."""
    with swebench_instance(tmp_path_factory.mktemp("swe"), sandbox_image,
                           "dgm-test-swebench") as built:
        yield built


@pytest.fixture(scope="module")
def task(instance: tuple[Path, dict, str]) -> Task:
    path, _, tag = instance
    return load_benchmark(f"swebench:{path}", image=tag).task("acme__calcpkg-1")


def test_gold_patch_resolves(task: Task) -> None:
    result = grade_patch(task, task.solution_patch or "", None, None, run_id="pytest")
    assert result.resolved, (result.error, result.output_tail)
    assert result.missing_tests == [] and result.tests_passed == 2


def test_untouched_repo_fails_the_fail_to_pass_test(task: Task) -> None:
    result = grade_patch(task, "", None, None, run_id="pytest")
    assert not result.resolved and result.empty_patch
    assert result.missing_tests == [F2P] and F2P in result.failed_tests


def test_breaking_a_pass_to_pass_test_is_not_resolved(task: Task) -> None:
    breaks_sub = (task.solution_patch or "") + (
        "diff --git a/calcpkg/__init__.py b/calcpkg/__init__.py\n"
        "--- a/calcpkg/__init__.py\n+++ b/calcpkg/__init__.py\n@@ -1 +1,2 @@\n"
        " from calcpkg.ops import add, sub\n+sub = add\n")
    result = grade_patch(task, breaks_sub, None, None, run_id="pytest")
    assert result.patch_applied and not result.resolved and result.missing_tests == [P2P]


def test_editing_the_test_patch_files_is_dropped(task: Task) -> None:
    cheat = ("diff --git a/tests/test_ops.py b/tests/test_ops.py\n--- a/tests/test_ops.py\n"
             "+++ b/tests/test_ops.py\n@@ -1,4 +1,4 @@\n-from calcpkg import sub\n"
             "+from calcpkg import sub as add, sub\n \n \n def test_sub():\n")
    result = grade_patch(task, cheat, None, None, run_id="pytest")
    assert not result.resolved and result.dropped_paths == ["tests/test_ops.py"]


def test_validate(task: Task) -> None:
    check = validate_task(task)
    assert check.valid, check.problems


def test_cli_grade_json(instance: tuple[Path, dict, str], tmp_path: Path) -> None:
    path, record, tag = instance
    (tmp_path / "gold.diff").write_text(record["patch"])
    done = subprocess.run([sys.executable, "-m", "dgm", "grade", "--benchmark", f"swebench:{path}",
                           "--task", record["instance_id"], "--patch", str(tmp_path / "gold.diff"),
                           "-O", f"image={tag}", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["summary"]["score"] == 1.0 and out["results"][0]["resolved"]


def test_an_agent_runs_on_the_instance_and_is_graded_in_its_image(
        task: Task, tmp_path: Path, sandbox_image: str) -> None:
    """The harness copies /testbed out of the instance image for the agent; grading uses it."""
    from dgm.config import RunConfig
    from dgm.services import open_services

    agent = tmp_path / "agent"
    agent.mkdir(mode=0o755)
    (agent / "coding_agent.py").write_text(
        "import subprocess, sys\n"
        "repo = sys.argv[sys.argv.index('--repo') + 1]\n"
        f"subprocess.run(['git', 'apply', '-'], cwd=repo, input={task.solution_patch!r}.encode(),"
        " check=True)\n")
    with open_services(RunConfig(name="swe"), tmp_path / "run", image=sandbox_image) as svc:
        result = svc.harness.run_task(agent, task, "swe")
    assert result.agent_exit_code == 0 and result.patch_applied
    assert result.resolved, result.test_output_tail
