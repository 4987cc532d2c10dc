"""`dgm bench list`, `dgm bench validate` and `dgm grade` from the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evals.registry import BUNDLED_DIR

TASKS = BUNDLED_DIR / "pytasks" / "tasks"


def dgm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True)


def test_bench_list() -> None:
    text = dgm("bench", "list")
    assert text.returncode == 0 and "pytasks" in text.stdout and "swebench:PATH" in text.stdout
    infos = {i["name"]: i for i in json.loads(dgm("bench", "list", "--json").stdout)}
    assert infos["pytasks"]["splits"]["small"] == 10 and infos["humaneval"]["tasks"] == 164


@pytest.mark.parametrize("args,message", [
    (["--benchmark", "nope", "--task", "x", "--patch", "p"], "unknown benchmark 'nope'"),
    (["--benchmark", "pytasks", "--task", "nope", "--patch", "p"], "has no task 'nope'"),
    (["--benchmark", "pytasks", "--task", "caesar-wrap", "--patch", "/no/such.diff"],
     "cannot read patch"),
    (["--benchmark", "pytasks", "--task", "caesar-wrap", "--patch", str(TASKS / "caesar-wrap"
                                                                        / "instructions.md")],
     "is not a unified diff"),
    (["--benchmark", "pytasks", "--task", "caesar-wrap", "--patch", "p", "-O", "novalue"],
     "bad benchmark option"),
])
def test_grade_errors_are_one_line(args: list[str], message: str) -> None:
    done = dgm("grade", *args)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_validate_unknown_split() -> None:
    done = dgm("bench", "validate", "pytasks", "--split", "huge")
    assert done.returncode == 2 and "small, medium, full" in done.stderr


@pytest.mark.docker
def test_grade_text_and_exit_codes(sandbox_image: str, tmp_path: Path) -> None:
    solution = str(TASKS / "caesar-wrap" / "solution.patch")
    done = dgm("grade", "--benchmark", "pytasks", "--task", "caesar-wrap", "--patch", solution)
    assert done.returncode == 0 and "caesar-wrap: RESOLVED" in done.stdout
    (tmp_path / "empty.diff").write_text("")
    done = dgm("grade", "--benchmark", "pytasks", "--task", "caesar-wrap", "--patch",
               str(tmp_path / "empty.diff"), "--json")
    assert done.returncode == 1
    result = json.loads(done.stdout)["results"][0]
    assert {k: result[k] for k in ("task_id", "resolved", "empty_patch", "patch_applied",
                                   "timed_out")} == {
        "task_id": "caesar-wrap", "resolved": False, "empty_patch": True, "patch_applied": True,
        "timed_out": False}


@pytest.mark.docker
def test_validate_small_split(sandbox_image: str) -> None:
    done = dgm("bench", "validate", "pytasks", "--split", "small", "--json", "--workers", "2")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["valid"] and report["summary"] == {"tasks": 10, "valid": 10, "invalid": [],
                                                     "not_validated": []}
    assert report["images"] == {"present": [], "missing": []}  # all in the sandbox image
    for task in report["tasks"]:
        assert task["untouched"]["resolved"] is False and task["reference"]["resolved"] is True


@pytest.mark.docker
def test_validate_reports_an_invalid_task(sandbox_image: str, tmp_path: Path) -> None:
    bench = tmp_path / "broken"
    shutil.copytree(TASKS / "caesar-wrap", bench / "tasks" / "caesar-wrap")
    hidden = bench / "tasks" / "caesar-wrap" / "tests" / "test_hidden.py"
    hidden.write_text("def test_nothing():\n    pass\n")
    (bench / "benchmark.toml").write_text('name = "broken"\ndescription = "one bad task"\n')
    done = dgm("bench", "validate", str(bench))
    assert done.returncode == 1
    assert "INVALID caesar-wrap: the untouched repo passes the hidden tests" in done.stdout
    assert "0/1 tasks of broken are valid" in done.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_validate_every_bundled_task(sandbox_image: str) -> None:
    done = dgm("bench", "validate", "pytasks", "--json", "--workers", "2")
    report = json.loads(done.stdout)
    assert done.returncode == 0, report["summary"]
    assert report["summary"]["valid"] == len(list(TASKS.iterdir()))
