"""HGM mode end to end: `dgm run` with the shipped hgm config, real sandboxes, the toy model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def dgm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=900)


def journal(run: Path) -> list[dict[str, object]]:
    """The journal's events, each as its data with its kind under "event"."""
    lines = (run / "journal.jsonl").read_text().splitlines()
    return [{"event": e["kind"], **e["data"]} for e in map(json.loads, lines)]


@pytest.mark.docker
@pytest.mark.slow
def test_hgm_config_runs_end_to_end_and_names_its_final_agent(tmp_path: Path,
                                                               sandbox_image: str) -> None:
    run = tmp_path / "hgm"
    done = dgm("run", "--config", "configs/hgm.toml", "--run-dir", str(run),
               "--set", "evolution.hgm.max_task_evals=8",
               "--set", "evaluation.top_k=1", "--set", "evaluation.heldout_limit=2")
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-3000:])
    events = journal(run)
    kinds = [e["event"] for e in events]
    decisions = [e for e in events if e["event"] == "hgm_decision"]
    evaluated = [e for e in events if e["event"] == "task_evaluated"]
    assert kinds.index("seed_evaluated") < kinds.index("hgm_decision")
    assert {d["action"] for d in decisions} == {"expand", "evaluate"}  # interleaved, both kinds
    assert len(evaluated) == 8  # the budget of one-task evaluations, each journaled
    assert "max_task_evals" in str(events[-1].get("reason", "")), events[-1]
    final = [e for e in events if e["event"] == "hgm_final"]
    assert len(final) == 1 and final[0]["simulated"] is True
    status = json.loads(dgm("status", str(run), "--json").stdout)
    assert status["best"]["agent"] == final[0]["agent"]
    text = dgm("status", str(run)).stdout
    assert "8 of 8 task evaluations" in text, text
    assert "simulated" in text
