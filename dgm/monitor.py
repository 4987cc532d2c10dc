"""What a run is doing right now, shared by the loop's threads and the display."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


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
    elapsed_s: float = 0.0

    @property
    def burn_usd_per_h(self) -> float:
        return self.usd / (self.elapsed_s / 3600) if self.elapsed_s > 1 else 0.0


class Monitor:
    """Thread-safe live state; listeners hear each stage change (for plain log lines)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = Snapshot()
        self._start = time.monotonic()
        self._listeners: list[Callable[[str, str | None], None]] = []

    def listen(self, fn: Callable[[str, str | None], None]) -> None:
        self._listeners.append(fn)

    def stage(self, attempt_id: str, stage: str | None) -> None:
        """Attempt `attempt_id` entered `stage` (None: it is done)."""
        with self._lock:
            if stage is None:
                self._state.in_flight.pop(attempt_id, None)
            else:
                self._state.in_flight[attempt_id] = stage
        for fn in self._listeners:
            fn(attempt_id, stage)

    def update(self, **fields: object) -> None:
        """Set generation, archive_size, best_score, best_agent, usd or tokens."""
        with self._lock:
            for key, value in fields.items():
                setattr(self._state, key, value)

    def snapshot(self) -> Snapshot:
        with self._lock:
            s = self._state
            return Snapshot(s.generation, dict(s.in_flight), s.archive_size, s.best_score,
                            s.best_agent, s.usd, s.tokens, time.monotonic() - self._start)
