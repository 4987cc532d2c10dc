"""The live view: a rich panel on a terminal, one log line per stage change otherwise."""

from __future__ import annotations

import io
import re
import time

import pytest
from rich.console import Console

from dgm.display import Display, render
from dgm.monitor import Monitor, Snapshot


def test_plain_output_gets_one_line_per_stage_change() -> None:
    out = io.StringIO()
    monitor = Monitor()
    monitor.update(generation=2, archive_size=5, best_score=0.7, best_agent="abc", usd=0.25)
    with Display(monitor, Console(file=out, force_terminal=False, width=200), simulated=True):
        monitor.stage("g002a00", "self_modify")
        monitor.stage("g002a00", None)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and "simulated model" in lines[0]
    assert "gen 2 g002a00: self_modify" in lines[1] and "best 0.700" in lines[1]
    assert "g002a00: done" in lines[2] and "$0.2500" in lines[2]


def test_panel_shows_figures_attempts_and_the_simulation_label() -> None:
    monitor = Monitor()
    monitor.update(generation=3, archive_size=9, best_score=0.8, best_agent="abc123", usd=1.5,
                   tokens=12345)
    monitor.stage("g003a01", "evaluate")
    console = Console(file=io.StringIO(), width=160, record=True)
    console.print(render(monitor.snapshot(), simulated=True))
    text = console.export_text()
    assert "generation 3" in text and "archive 9" in text and "0.800 (abc123)" in text
    assert "g003a01" in text and "evaluate" in text and "12,345 tok" in text
    assert "simulated model" in text
    plain = Console(file=io.StringIO(), width=160, record=True)
    plain.print(render(monitor.snapshot(), simulated=False))
    assert "simulated" not in plain.export_text()


def text_of(snap: Snapshot) -> str:
    console = Console(file=io.StringIO(), width=200, record=True)
    console.print(render(snap, simulated=False))
    return console.export_text()


def test_header_shows_tasks_done_of_total_and_the_time_left() -> None:
    snap = Snapshot(generation=2, generations_total=4, in_flight={"g002a00": "task t3",
                    "g002a01": "task t1"}, tasks={"g002a00": (3, 10), "g002a01": (1, 10)},
                    eval_eta_s=125.0, run_eta_s=3 * 3600 + 5 * 60, elapsed_s=3725.0)
    text = text_of(snap)
    assert "generation 2 of 4" in text and "tasks 4/20" in text
    assert "eval eta ~2m" in text and "run eta ~3h05m" in text and "elapsed 1:02:05" in text
    assert "3/10" in text and "1/10" in text  # per attempt, in the table
    idle = text_of(Snapshot(generation=1))
    assert "tasks -" in idle and "eval eta -" in idle and "run eta -" in idle


def test_monitor_counts_tasks_and_estimates_from_the_pace_so_far() -> None:
    monitor = Monitor()
    monitor.stage("g000-seed", "evaluate")
    monitor.tasks("g000-seed", 0, 10)
    assert monitor.snapshot().eval_eta_s is None  # no task done yet: no pace to go by
    time.sleep(0.2)
    monitor.tasks("g000-seed", 2, 10)
    snap = monitor.snapshot()
    assert (snap.tasks_done, snap.tasks_total) == (2, 10)
    assert 0.7 <= snap.eval_eta_s < 5.0  # 4 times the 0.2 s two tasks took
    monitor.expect_end(720.0)
    assert 715.0 < monitor.snapshot().run_eta_s <= 720.0
    monitor.stage("g000-seed", None)
    assert monitor.snapshot().tasks == {} and monitor.snapshot().eval_eta_s is None


def test_elapsed_counts_the_earlier_sessions_of_a_resumed_run() -> None:
    monitor = Monitor()
    monitor.set_elapsed(5000.0)
    assert 5000.0 <= monitor.snapshot().elapsed_s < 5010.0


def test_plain_lines_carry_the_task_count() -> None:
    out = io.StringIO()
    monitor = Monitor()
    with Display(monitor, Console(file=out, force_terminal=False, width=200), simulated=False):
        monitor.tasks("g000-seed", 3, 10)
        monitor.stage("g000-seed", "task t2")
    assert "g000-seed: task t2 [3/10 tasks, eval eta" in out.getvalue()


def printed(out: io.StringIO) -> str:
    """What a terminal shows: the text without its control sequences (cursor, colour)."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())


@pytest.mark.parametrize("aborting", [False, True])
def test_the_last_frame_ends_with_a_newline(aborting: bool) -> None:
    out = io.StringIO()
    monitor = Monitor()
    monitor.update(generation=1, archive_size=3)
    with Display(monitor, Console(file=out, force_terminal=True, width=120), False) as display:
        monitor.stage("g001a00", "evaluate")
        if aborting:  # what the driver does on a second Ctrl-C, before os._exit
            display.close()
            assert re.search(r"g001a00 +evaluate *\n$", printed(out))
            after_close = out.getvalue()
    assert printed(out).endswith("\n") and "archive 3" in printed(out)
    if aborting:
        assert out.getvalue() == after_close  # closing twice draws nothing more
