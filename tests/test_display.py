"""The live view: a rich panel on a terminal, one log line per stage change otherwise."""

from __future__ import annotations

import io

from rich.console import Console

from dgm.display import Display, render
from dgm.monitor import Monitor


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
