"""`dgm status` and the live view while a run is in flight: seed evaluation, stop, resume, kill."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from agents_archive import GitArchive
from dgm.config import RunConfig
from dgm.evolution.loop import SEED_ATTEMPT, Evolution
from dgm.evolution.pool import AttemptPool
from dgm.journal import Journal
from dgm.rundir import RunDir, write_text_atomic
from dgm.views.status import render_status, run_status
from tests.loop.fakes import Crash, FakeHarness, FakeServices, fake_config, write_seed


def hand_made_run(tmp_path: Path, events: list[tuple[str, float, dict[str, Any]]]) -> RunDir:
    """A run directory with a config and the given journal (kind, seconds ago, data)."""
    run = RunDir(tmp_path / "run")
    run.root.mkdir()
    write_text_atomic(run.config, RunConfig(name="r").to_toml())
    journal = Journal(run.journal)
    for kind, ago, data in events:
        journal.append(kind, time.time() - ago, **data)
    return run


def test_seed_evaluation_in_flight_shows_wall_time_and_the_attempt(tmp_path: Path) -> None:
    run = hand_made_run(tmp_path, [
        ("run_started", 300.0, {"seed": 1, "wall_s": 0.0}),
        ("run_stopped", 200.0, {"reason": "interrupted", "wall_s": 100.0}),
        ("run_resumed", 60.0, {"seed": 1, "wall_s": 100.0}),
        ("attempt_started", 59.0, {"attempt": SEED_ATTEMPT, "parent": None}),
    ])
    with run.driver_lock():
        info = run_status(str(run.root))
    assert info["state"] == "running"
    assert info["attempts"]["in_flight"] == [SEED_ATTEMPT]
    assert 159.0 < info["wall_s"] < 170.0  # 100 s before, 60 s in this session so far
    assert info["warnings"] == []


def test_a_stop_request_reads_as_stopping_until_the_driver_stops(tmp_path: Path) -> None:
    run = hand_made_run(tmp_path, [
        ("run_started", 30.0, {"seed": 1, "wall_s": 0.0}),
        ("attempt_started", 20.0, {"attempt": "g001a00", "parent": "abc"}),
        ("run_stopping", 10.0, {"reason": "interrupted", "wall_s": 20.0}),
    ])
    with run.driver_lock():
        assert run_status(str(run.root))["state"] == "stopping"
    Journal(run.journal).append("attempt_finished", time.time(), attempt="g001a00",
                                status="evaluated", score=0.5)
    Journal(run.journal).append("run_stopped", time.time(), reason="interrupted", wall_s=31.0)
    info = run_status(str(run.root))
    assert (info["state"], info["stop_reason"]) == ("stopped", "interrupted")
    assert info["attempts"]["interrupted"] == []
    with run.driver_lock():  # resumed: the old request is history
        Journal(run.journal).append("run_resumed", time.time(), seed=1, wall_s=31.0)
        assert run_status(str(run.root))["state"] == "running"


def test_attempts_a_killed_driver_left_are_interrupted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = hand_made_run(tmp_path, [
        ("run_started", 30.0, {"seed": 1, "wall_s": 0.0}),
        ("attempt_started", 20.0, {"attempt": "g001a00", "parent": "abc"}),
        ("attempt_started", 20.0, {"attempt": "g001a01", "parent": "abc"}),
        ("attempt_finished", 10.0, {"attempt": "g001a01", "status": "broken", "score": None}),
    ])
    (run.attempts / "g001a00").mkdir(parents=True)  # diagnosed, then killed in self_modify
    write_text_atomic(run.attempts / "g001a00" / "diagnose.json", "{}")
    info = run_status(str(run.root))
    assert (info["state"], info["stop_reason"]) == ("crashed", None)
    assert info["attempts"]["in_flight"] == info["attempts"]["interrupted"] == ["g001a00"]
    assert info["attempts"]["steps"] == {"g001a00": "self_modify"}
    render_status(info)
    out = capsys.readouterr().out
    assert "crashed" in out and "g001a00 (at self_modify)" in out and "no stop recorded" in out
    with run.driver_lock():  # a new session: what the old one left is not in flight
        Journal(run.journal).append("run_resumed", time.time(), seed=1, wall_s=20.0)
        info = run_status(str(run.root))
    assert info["attempts"]["in_flight"] == [] and info["attempts"]["interrupted"] == []


def test_a_damaged_journal_line_is_a_warning_not_a_crash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = hand_made_run(tmp_path, [("run_started", 30.0, {"seed": 1, "wall_s": 0.0})])
    with open(run.journal, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    Journal(run.journal).append("run_stopped", time.time(), reason="generations", wall_s=30.0)
    info = run_status(str(run.root))
    assert info["stop_reason"] == "generations" and info["wall_s"] == 30.0
    assert len(info["warnings"]) == 1 and "line 2" in info["warnings"][0]
    json.dumps(info)
    render_status(info)
    assert "warning:" in capsys.readouterr().out


def new_loop(tmp_path: Path, config: Any, harness: FakeHarness,
             ) -> tuple[RunDir, FakeServices, Evolution, AttemptPool]:
    """The loop on a fresh (or existing) run directory, with fakes at its seams."""
    run = RunDir(tmp_path / "run")
    run.root.mkdir(parents=True, exist_ok=True)
    write_text_atomic(run.config, config.to_toml())
    archive = GitArchive.open(run.archive) if run.archive.exists() else \
        GitArchive.create(run.archive, write_seed(tmp_path / "seed"))
    services = FakeServices(config, harness)
    executor = AttemptPool(2, services)
    return run, services, Evolution(run, services, executor, archive), executor


class WatchedHarness(FakeHarness):
    """Calls `during_seed` while the seed is being evaluated."""

    during_seed: Any = None

    def evaluate_staged(self, agent_dir: Path, bench: Any, stages: list[Any], key: str,
                        workers: int = 1, repeats: int = 1, on_result: Any = None) -> Any:
        if key == SEED_ATTEMPT and self.during_seed:
            self.during_seed()
        return super().evaluate_staged(agent_dir, bench, stages, key, workers, repeats,
                                       on_result)


def test_ctrl_c_during_the_seed_evaluation_reads_as_stopping(tmp_path: Path) -> None:
    harness = WatchedHarness()
    run, services, evolution, executor = new_loop(tmp_path, fake_config(2), harness)
    seen: list[dict[str, Any]] = []

    def first_ctrl_c() -> None:
        seen.append(run_status(str(run.root)))
        evolution.request_stop("interrupted")  # what the first Ctrl-C's handler does
        seen.append(run_status(str(run.root)))

    harness.during_seed = first_ctrl_c
    with run.driver_lock():
        assert evolution.start(False) == "interrupted"
    executor.shutdown()
    assert seen[0]["state"] == "running" and seen[1]["state"] == "stopping"
    assert seen[0]["attempts"]["in_flight"] == [SEED_ATTEMPT]
    assert services.monitor.snapshot().tasks == {}  # the seed's evaluation is over
    info = run_status(str(run.root))
    assert (info["state"], info["stop_reason"]) == ("stopped", "interrupted")
    assert info["attempts"]["interrupted"] == [] and info["seed_score"] is not None


def test_a_seed_evaluation_cut_by_a_crash_is_interrupted(tmp_path: Path) -> None:
    run, _, evolution, executor = new_loop(tmp_path, fake_config(2), FakeHarness(crash_after=1))
    with pytest.raises(Crash):
        evolution.start(False)
    executor.shutdown()
    assert run_status(str(run.root))["attempts"]["interrupted"] == [SEED_ATTEMPT]


def test_a_resumed_run_shows_its_archive_best_and_whole_elapsed_time_at_once(
        tmp_path: Path) -> None:
    _, _, evolution, executor = new_loop(tmp_path, fake_config(1), FakeHarness())
    assert evolution.start(False) == "generations"
    executor.shutdown()
    records = GitArchive.open(tmp_path / "run" / "archive.git").agents()
    run = RunDir(tmp_path / "run")
    Journal(run.journal).append("run_stopped", time.time(), reason="generations", wall_s=5000.0)
    # resumed for one more generation; it crashes at its first step, before any generation ends
    _, services, evolution, executor = new_loop(tmp_path, fake_config(2),
                                                FakeHarness(crash_after=1))
    with pytest.raises(Crash):
        evolution.start(True)
    executor.shutdown()
    snap = services.monitor.snapshot()
    assert snap.archive_size == len(records) >= 2
    assert snap.best_score == max(r.score for r in records)
    assert snap.elapsed_s >= 5000.0 and snap.generations_total == 2


def test_status_says_the_provider_is_down_while_the_driver_waits(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = hand_made_run(tmp_path, [("run_started", 30.0, {"seed": 1, "wall_s": 0.0})])
    now = time.time()
    write_text_atomic(run.root / "provider.json", json.dumps(
        {"v": 1, "state": "unavailable", "provider": "anthropic", "since": now - 50,
         "deadline": now + 130.4, "last_error": "529 overloaded"}))
    with run.driver_lock():
        info = run_status(str(run.root))
        render_status(info)
    assert info["provider"]["state"] == "unavailable"
    assert info["provider"]["text"].startswith("provider unavailable, retrying for 2m1")
    assert "anthropic: 529 overloaded" in " ".join(capsys.readouterr().out.split())
    assert run_status(str(run.root))["provider"] is None  # no driver: the file says nothing
