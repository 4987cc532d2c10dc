"""The live view of a run: a rich panel on a terminal, plain log lines otherwise."""

from __future__ import annotations

import threading
import time
from types import TracebackType

from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from dgm.monitor import Monitor, Snapshot

SIMULATED = "simulated model (toy): results are a simulation"


def render(snap: Snapshot, simulated: bool) -> Group:
    """The panel: headline figures, then one row per attempt in flight."""
    best = "-" if snap.best_score is None else f"{snap.best_score:.3f} ({snap.best_agent})"
    head = Text.assemble(
        ("generation ", "dim"), str(snap.generation), ("  archive ", "dim"),
        str(snap.archive_size), ("  best ", "dim"), best, ("  spend ", "dim"),
        f"${snap.usd:.4f} ({snap.tokens:,} tok, ${snap.burn_usd_per_h:.2f}/h)",
        ("  elapsed ", "dim"), f"{snap.elapsed_s:,.0f}s")
    table = Table(box=None, show_header=True, header_style="dim")
    table.add_column("attempt")
    table.add_column("stage")
    for attempt, stage in sorted(snap.in_flight.items()):
        table.add_row(attempt, stage)
    parts = [head, table]
    if simulated:
        parts.insert(0, Text(SIMULATED, style="yellow"))
    return Group(*parts)


class Display:
    """A context manager that shows the monitor until the run ends."""

    def __init__(self, monitor: Monitor, console: Console, simulated: bool) -> None:
        self.monitor, self.console, self.simulated = monitor, console, simulated
        self.live: Live | None = None
        self._stop = threading.Event()

    def __enter__(self) -> Display:
        if self.console.is_terminal:
            self.live = Live(render(self.monitor.snapshot(), self.simulated),
                             console=self.console, refresh_per_second=4, transient=False)
            self.live.__enter__()
            threading.Thread(target=self._refresh, daemon=True).start()
        else:
            if self.simulated:
                self.console.print(SIMULATED, highlight=False)
            self.monitor.listen(self._log_line)
        return self

    def _refresh(self) -> None:
        while not self._stop.wait(0.25):
            if self.live:
                self.live.update(render(self.monitor.snapshot(), self.simulated))

    def _log_line(self, attempt: str, stage: str | None) -> None:
        snap = self.monitor.snapshot()
        stamp = time.strftime("%H:%M:%S")
        best = "-" if snap.best_score is None else f"{snap.best_score:.3f}"
        self.console.print(f"{stamp} gen {snap.generation} {attempt}: {stage or 'done'} "
                           f"(archive {snap.archive_size}, best {best}, ${snap.usd:.4f})",
                           highlight=False, soft_wrap=True)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        if self.live:
            self.live.update(render(self.monitor.snapshot(), self.simulated))
            self.live.__exit__(exc_type, exc, tb)
