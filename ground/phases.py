"""Where a task run's time goes: seconds per named phase, gathered when someone asks.

The harness opens a `PhaseClock` span around each task run; the code below it (sandbox
creation, copies, the agent's command, grading's steps) marks its phases with `phase(name)`,
which costs nothing when no clock listens. A phase inside another is counted once: the outer
one gets only its own time. Benchmarks read the totals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# The listening clock, the task run's key, the prefix of phase names (see `within`), and the
# time spent in the inner phases of each open phase, innermost last.
_Listener = tuple["PhaseClock", str, str, list[float]]
_CURRENT: ContextVar[_Listener | None] = ContextVar("dgm_phase_clock", default=None)


class PhaseClock:
    """Seconds per phase of each task run (keyed by the run's name), thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.runs: dict[str, dict[str, float]] = {}
        self.texts: dict[str, dict[str, str]] = {}  # what a run kept to read later (a log)

    @contextmanager
    def task(self, key: str) -> Iterator[None]:
        """Phases marked in this block (in this thread) count towards run `key`; its whole
        time is kept as the phase "total"."""
        token = _CURRENT.set((self, key, "", []))
        start = time.perf_counter()
        try:
            yield
        finally:
            _CURRENT.reset(token)
            self.add(key, "total", time.perf_counter() - start)

    def add(self, key: str, name: str, seconds: float) -> None:
        """Count `seconds` towards phase `name` of run `key`."""
        with self._lock:
            phases = self.runs.setdefault(key, {})
            phases[name] = phases.get(name, 0.0) + seconds

    def keep(self, key: str, name: str, text: str) -> None:
        """Keep `text` as `name` of run `key` (the last one kept wins)."""
        with self._lock:
            self.texts.setdefault(key, {})[name] = text


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Time this block as phase `name` of the current task run, if a clock listens."""
    current = _CURRENT.get()
    if current is None:
        yield
        return
    clock, key, prefix, inner = current
    inner.append(0.0)
    start = time.perf_counter()
    try:
        yield
    finally:
        spent = time.perf_counter() - start
        clock.add(key, prefix + name, spent - inner.pop())
        if inner:
            inner[-1] += spent


@contextmanager
def within(prefix: str) -> Iterator[None]:
    """Phases marked in this block are named `prefix: name` (the agent's sandbox, say)."""
    current = _CURRENT.get()
    if current is None:
        yield
        return
    token = _CURRENT.set((current[0], current[1], f"{prefix}: ", current[3]))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def keep(name: str, text: str) -> None:
    """Keep `text` (an agent's log) for whoever reads the current run's phases."""
    current = _CURRENT.get()
    if current is not None:
        current[0].keep(current[1], name, text)
