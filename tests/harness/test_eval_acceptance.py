"""Issue 5 acceptance: the seed on the small split, in real sandboxes, with the toy model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.docker


def dgm_eval(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "dgm", "eval", "agents_archive/seed", "--benchmark", "pytasks",
           "--model", "toy", "--workers", "2", "--out", str(out), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900)


def test_seed_scores_between_zero_and_one_reproducibly(tmp_path: Path, sandbox_image: str) -> None:
    first = dgm_eval(tmp_path / "a", "--split", "small", "--json")
    assert first.returncode == 0, first.stderr[-2000:]
    report = json.loads(first.stdout)
    assert report["simulated"] is True
    assert len(report["results"]) == 10
    assert 0.0 < report["summary"]["score"] < 1.0
    for row in report["results"]:
        assert {"task_id", "resolved", "empty_patch", "patch_applied", "timed_out"} <= set(row)
    second = json.loads(dgm_eval(tmp_path / "b", "--split", "small", "--json").stdout)
    assert outcomes(second) == outcomes(report)
    assert (tmp_path / "a" / "ledger.jsonl").exists() and (tmp_path / "a" / "eval.json").exists()


def outcomes(report: dict) -> list[tuple[str, bool, bool]]:
    return [(r["task_id"], r["resolved"], r["empty_patch"]) for r in report["results"]]


@pytest.mark.parametrize("args, needle", [
    (["--tasks", "no-such-task"], "no-such-task"),
    (["--split", "tiny"], "tiny"),
    (["--model", "gpt"], "anthropic"),
])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    result = dgm_eval(tmp_path / "x", *args)
    assert result.returncode == 2
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_unknown_agent_directory(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "dgm", "eval", str(tmp_path / "nope"), "--benchmark", "pytasks"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 2 and "RUN:AGENT_ID" in result.stderr
