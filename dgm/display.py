"""The live view of a run: a rich panel on a terminal, plain log lines otherwise."""

from __future__ import annotations

import threading
import time
from types import TracebackType

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.table import Table
from rich.text import Text

from dgm.monitor import Monitor, Snapshot

SIMULATED = "simulated model (toy): results are a simulation"
NOTICE_EVERY_S = 30.0  # plain mode: how often a lasting notice is repeated


def render(snap: Snapshot, simulated: bool) -> Group:
    """The panel: progress and time left, archive and spend, then one row per attempt in flight."""
    table = Table(box=None, show_header=True, header_style="dim")
    table.add_column("attempt")
    table.add_column("stage")
    table.add_column("tasks")
    for attempt, stage in sorted(snap.in_flight.items()):
        done, total = snap.tasks.get(attempt, (None, None))
        table.add_row(attempt, stage, "" if total is None else f"{done}/{total}")
    parts: list[RenderableType] = [progress_line(snap), figures_line(snap), table]
    if snap.notice:
        parts.insert(0, Text(snap.notice, style="bold red"))
    if simulated:
        parts.insert(0, Text(SIMULATED, style="yellow"))
    return Group(*parts)


def progress_line(snap: Snapshot) -> Text:
    """Generation, tasks done of the evaluations in flight, time left, time so far."""
    of = "" if snap.generations_total is None else f" of {snap.generations_total}"
    tasks = f"{snap.tasks_done}/{snap.tasks_total}" if snap.tasks else "-"
    return Text.assemble(
        ("generation ", "dim"), f"{snap.generation}{of}", ("  tasks ", "dim"), tasks,
        ("  eval eta ", "dim"), eta(snap.eval_eta_s), ("  run eta ", "dim"),
        eta(snap.run_eta_s), ("  elapsed ", "dim"), clock(snap.elapsed_s))


def figures_line(snap: Snapshot) -> Text:
    """Archive size, best agent so far, and the spend."""
    best = "-" if snap.best_score is None else f"{snap.best_score:.3f} ({snap.best_agent})"
    return Text.assemble(
        ("archive ", "dim"), str(snap.archive_size), ("  best ", "dim"), best,
        ("  spend ", "dim"),
        f"${snap.usd:.4f} ({snap.tokens:,} tok, ${snap.burn_usd_per_h:.2f}/h)")


def eta(seconds: float | None) -> str:
    """A rough time left: ~40s, ~12m, ~3h05m; '-' when unknown."""
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"~{seconds:.0f}s"
    if seconds < 3600:
        return f"~{seconds / 60:.0f}m"
    hours, minutes = divmod(round(seconds / 60), 60)
    return f"~{hours}h{minutes:02d}m"


def clock(seconds: float) -> str:
    """A duration as H:MM:SS."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


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
            threading.Thread(target=self._watch_notice, daemon=True).start()
        return self

    def _watch_notice(self) -> None:
        """Plain mode: a line when a notice begins, every NOTICE_EVERY_S while it lasts, and
        when it ends (a provider outage shows while the stages stand still)."""
        shown, last = None, 0.0
        while not self._stop.wait(1.0):
            notice = self.monitor.snapshot().notice
            now = time.monotonic()
            if notice and (shown is None or now - last >= NOTICE_EVERY_S):
                self._print_plain(notice)
                shown, last = notice, now
            elif not notice and shown is not None:
                self._print_plain("provider available again")
                shown = None

    def _print_plain(self, text: str) -> None:
        self.console.print(f"{time.strftime('%H:%M:%S')} {text}", highlight=False,
                           markup=False, soft_wrap=True)

    def _refresh(self) -> None:
        while not self._stop.wait(0.25):
            live = self.live  # close() may take it away meanwhile
            if live:
                live.update(render(self.monitor.snapshot(), self.simulated))

    def _log_line(self, attempt: str, stage: str | None) -> None:
        if self._stop.is_set():
            return  # closed: an aborting run's last words are its own
        snap = self.monitor.snapshot()
        stamp = time.strftime("%H:%M:%S")
        best = "-" if snap.best_score is None else f"{snap.best_score:.3f}"
        done, total = snap.tasks.get(attempt, (0, 0))
        tasks = f" [{done}/{total} tasks, eval eta {eta(snap.eval_eta_s)}]" if total else ""
        self.console.print(f"{stamp} gen {snap.generation} {attempt}: {stage or 'done'}{tasks} "
                           f"(archive {snap.archive_size}, best {best}, ${snap.usd:.4f}, "
                           f"run eta {eta(snap.run_eta_s)})", highlight=False, markup=False,
                           soft_wrap=True)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Draw the last frame and leave the cursor on a fresh line (again: no effect)."""
        self._stop.set()
        if self.live:
            live, self.live = self.live, None
            live.update(render(self.monitor.snapshot(), self.simulated))
            live.stop()
