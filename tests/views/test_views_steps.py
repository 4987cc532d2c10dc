"""The step an unfinished attempt had reached, by the run's mode: a hyperagent attempt's first
step is the meta agent's run, not a diagnosis."""

from __future__ import annotations

import json
from pathlib import Path

from views_helpers import build_run

from dgm.journal import Event
from dgm.views.attempts import count_attempts
from dgm.views.rundata import RunView
from dgm.views.status import run_status
from dgm.views.summary import run_summary

EVENTS = [Event("run_started", 0.0, {}), Event("attempt_started", 1.0, {"attempt": "g001a00"}),
          Event("attempt_started", 2.0, {"attempt": "g001a01"})]


def test_the_steps_reached_follow_the_mode(tmp_path: Path) -> None:
    (tmp_path / "g001a00").mkdir()
    (tmp_path / "g001a01").mkdir()
    (tmp_path / "g001a01" / "meta_agent.json").write_text("{}")
    hyper = count_attempts(EVENTS, running=False, attempts_dir=tmp_path, mode="hyperagent")
    assert hyper["steps"] == {"g001a00": "meta_agent", "g001a01": "smoke"}
    fixed = count_attempts(EVENTS, running=False, attempts_dir=tmp_path)
    assert fixed["steps"] == {"g001a00": "diagnose", "g001a01": "diagnose"}


def test_status_and_summary_of_a_stopped_hyperagent_run_name_the_meta_step(
        tmp_path: Path) -> None:
    root = tmp_path / "run"
    build_run(root)
    config = root / "dgm.toml"
    config.write_text(config.read_text().replace('mode = "dgm"', 'mode = "hyperagent"', 1))
    with open(root / "journal.jsonl", "a") as fh:
        for kind, data in [("run_resumed", {"seed": 0, "wall_s": 61.0}),
                           ("generation_started", {"generation": 4, "parents": []}),
                           ("attempt_started", {"attempt": "g004a00"})]:
            fh.write(json.dumps({"kind": kind, "at": 1.8e9, "data": data, "v": 1}) + "\n")
    (root / "attempts" / "g004a00").mkdir()
    assert run_status(str(root))["attempts"]["steps"] == {"g004a00": "meta_agent"}
    assert run_summary(RunView(root))["attempt_counts"]["steps"] == {"g004a00": "meta_agent"}
