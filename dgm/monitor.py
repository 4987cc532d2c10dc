"""What a run is doing right now, shared by the loop's threads and the display."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass
class Snapshot:
    """A consistent copy of the run's live state."""

    generation: int = 0
    in_flight: dict[str, str] = field(default_factory=dict)  # attempt id -> stage
    archive_size: int = 0
    best_score: float | None = None
    best_agent: str | None = None
    usd: float = 0.0
    tokens: int = 0
    elapsed_s: float = 0.0  # wall time of the whole run, earlier sessions included
    generations_total: int | None = None
    tasks: dict[str, tuple[int, int]] = field(default_factory=dict)  # attempt -> (done, total)
    eval_eta_s: float | None = None  # time left of the slowest evaluation in flight
    run_eta_s: float | None = None  # time left of the run, from the generations so far
    notice: str | None = None  # what the run waits on, e.g. "provider unavailable, retrying ..."

    @property
    def burn_usd_per_h(self) -> float:
        return self.usd / (self.elapsed_s / 3600) if self.elapsed_s > 1 else 0.0

    @property
    def tasks_done(self) -> int:
        return sum(done for done, _ in self.tasks.values())

    @property
    def tasks_total(self) -> int:
        return sum(total for _, total in self.tasks.values())


class Monitor:
    """Thread-safe live state; listeners hear each stage change (for plain log lines)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = Snapshot()
        self._start = time.monotonic()
        self._eval_start: dict[str, float] = {}
        self._run_end: float | None = None
        self._listeners: list[Callable[[str, str | None], None]] = []
        self._notice: Callable[[], str | None] = lambda: None

    def notices_from(self, fn: Callable[[], str | None]) -> None:
        """Ask `fn` for the run's notice on each snapshot (the gateway's provider wait)."""
        self._notice = fn

    def listen(self, fn: Callable[[str, str | None], None]) -> None:
        self._listeners.append(fn)

    def stage(self, attempt_id: str, stage: str | None) -> None:
        """Attempt `attempt_id` entered `stage` (None: it is done)."""
        with self._lock:
            if stage is None:
                self._state.in_flight.pop(attempt_id, None)
                self._state.tasks.pop(attempt_id, None)
                self._eval_start.pop(attempt_id, None)
            else:
                self._state.in_flight[attempt_id] = stage
        for fn in self._listeners:
            fn(attempt_id, stage)

    def tasks(self, attempt_id: str, done: int, total: int) -> None:
        """The evaluation of `attempt_id` has finished `done` of its (at most) `total` tasks."""
        with self._lock:
            self._eval_start.setdefault(attempt_id, time.monotonic())
            self._state.tasks[attempt_id] = (done, total)

    def update(self, **fields: object) -> None:
        """Set any Snapshot field: generation, archive_size, best_score, usd, tokens, ..."""
        with self._lock:
            for key, value in fields.items():
                setattr(self._state, key, value)

    def set_elapsed(self, seconds: float) -> None:
        """The run has already run `seconds` (in earlier sessions): count on from there."""
        with self._lock:
            self._start = time.monotonic() - seconds

    def expect_end(self, seconds_left: float | None) -> None:
        """The run should end in `seconds_left` (None: unknown)."""
        with self._lock:
            self._run_end = None if seconds_left is None else time.monotonic() + seconds_left

    def snapshot(self) -> Snapshot:
        with self._lock:
            now = time.monotonic()
            s = self._state
            snap = replace(s, in_flight=dict(s.in_flight), tasks=dict(s.tasks),
                           elapsed_s=now - self._start, eval_eta_s=self._eval_eta(now),
                           run_eta_s=None if self._run_end is None else
                           max(0.0, self._run_end - now))
        snap.notice = self._notice()  # outside the lock: it asks the gateway
        return snap

    def _eval_eta(self, now: float) -> float | None:
        """Time left of the slowest evaluation, at each one's pace so far (None: unknown)."""
        etas = [(now - self._eval_start[a]) * (total - done) / done
                for a, (done, total) in self._state.tasks.items() if done]
        return max(etas, default=None)
