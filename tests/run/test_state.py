"""The one fold of a run's journal: resume, stop request, crash, damaged line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dgm.journal import Event, Journal
from dgm.run.state import CRASHED, RunState, fold
from ground.errors import RunError

PID = 4242  # a driver holds the run


def events(*rows: tuple[str, dict[str, Any]]) -> list[Event]:
    """Events one second apart, from (kind, data) pairs."""
    return [Event(kind, 1000.0 + i, data) for i, (kind, data) in enumerate(rows)]


FIRST_SESSION = (
    ("run_started", {"seed": 1, "wall_s": 0.0}),
    ("attempt_started", {"attempt": "g000-seed", "parent": None}),
    ("seed_evaluated", {"agent": "a0", "score": 0.25, "wall_s": 10.0}),
    ("generation_started", {"generation": 1, "parents": ["a0", "a0"]}),
    ("generation_finished", {"generation": 1, "archive_size": 3, "wall_s": 20.0}),
    ("generation_started", {"generation": 2, "parents": ["a1"]}),
)


def test_an_empty_journal_is_a_run_not_started() -> None:
    state = fold([])
    assert state == RunState()
    assert (state.state(None), state.summary_state(None)) == ("not started", "not started")
    assert (state.next_generation, state.last_finished, state.wall_s) == (1, 0, 0.0)
    assert state.state(PID) == "running"  # a driver that has not journaled its start yet


def test_a_crash_leaves_no_stop_recorded() -> None:
    state = fold(events(*FIRST_SESSION))
    assert state.seed_done and state.started and not state.stopped
    assert (state.generation, state.finished, state.next_generation) == (2, (1,), 2)
    assert state.parents_of(1) == ["a0", "a0"] and state.parents_of(2) == ["a1"]
    assert state.parents_of(3) is None
    assert (state.wall_s, state.stop_reason) == (20.0, None)
    assert state.state(None) == "crashed" and state.summary_state(None) == CRASHED


def test_a_resume_starts_a_new_session() -> None:
    state = fold(events(*FIRST_SESSION,
                        ("run_stopping", {"reason": "interrupted", "wall_s": 25.0}),
                        ("run_stopped", {"reason": "interrupted", "wall_s": 30.0}),
                        ("run_resumed", {"seed": 1, "wall_s": 30.0}),
                        ("generation_finished", {"generation": 2, "wall_s": 45.0})))
    assert (state.session_at, state.session_wall_s) == (1008.0, 30.0)
    assert (state.stop_requested, state.stopped, state.stop_reason) == (None, False, None)
    assert (state.finished, state.next_generation, state.wall_s) == ((1, 2), 3, 45.0)
    assert state.state(PID) == "running" and state.summary_state(None) == CRASHED
    assert state.live_wall_s(PID, now=1008.0 + 12.5) == 42.5  # 30 s before, 12.5 s now
    assert state.live_wall_s(None, now=5000.0) == 45.0  # no driver: as last journaled
    assert state.live_wall_s(PID, now=1000.0) == 30.0  # a clock behind the journal


def test_a_stop_request_reads_as_stopping_until_the_stop() -> None:
    asked = events(*FIRST_SESSION, ("run_stopping", {"reason": "interrupted", "wall_s": 21.0}))
    state = fold(asked)
    assert state.stop_requested == "interrupted"
    assert (state.state(PID), state.summary_state(PID)) == ("stopping", "stopping")
    assert fold(events(("run_started", {}), ("run_stopping", {}))).stop_requested == "stop"
    stopped = fold([*asked, Event("run_stopped", 2000.0, {"reason": "interrupted",
                                                           "wall_s": 22.0})])
    assert (stopped.state(None), stopped.stop_reason) == ("stopped", "interrupted")
    assert stopped.summary_state(None) == "stopped (interrupted)"
    assert fold(events(("run_started", {}), ("run_stopped", {}))).summary_state(None) == \
        "stopped (?)"


def test_the_loop_marks_generations_finished_without_changing_the_fold() -> None:
    state = fold(events(*FIRST_SESSION))
    later = state.with_finished(2)
    assert (state.next_generation, later.next_generation) == (2, 3)
    assert later.finished_generations == {1, 2}


def test_a_damaged_line_is_skipped_by_views_and_stops_the_loop(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.jsonl")
    for event in events(*FIRST_SESSION, ("generation_finished", {"generation": 2, "wall_s": 40.0}),
                        ("run_stopped", {"reason": "generations", "wall_s": 41.0})):
        journal.append(event.kind, event.at, **event.data)
    lines = journal.path.read_text().splitlines(keepends=True)
    lines[4] = '{"kind": "generation_fin\n'  # generation 1's finish, damaged
    journal.path.write_text("".join(lines))
    readable, warnings = journal.read_tolerant()
    state = fold(readable)
    assert len(warnings) == 1 and "line 5" in warnings[0]
    # The status shows the last generation finished; `dgm compare` counts the finishes.
    assert (state.last_finished, len(state.finished), state.next_generation) == (2, 1, 3)
    assert (state.wall_s, state.summary_state(None)) == (41.0, "stopped (generations)")
    with pytest.raises(RunError, match="line 5"):
        fold(journal.events())


def test_malformed_facts_are_ignored_not_fatal() -> None:
    state = fold(events(("generation_started", {"parents": ["a"]}),
                        ("generation_finished", {"generation": "2"}),
                        ("seed_evaluated", {"wall_s": "soon"}),
                        ("generation_started", {"generation": 3})))
    assert (state.generation, state.finished, state.wall_s) == (3, (), 0.0)
    assert state.parents_of(3) is None and state.seed_done
