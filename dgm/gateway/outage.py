"""Calls waiting out a provider outage: the one waiting longest, and <run_dir>/provider.json.

The gateway's own process asks `Gateway.provider_wait()`; other processes (`dgm status`)
read provider.json with `read_provider_state`, and only while the run's driver lives:

    {"v": 1, "state": "unavailable", "provider": ..., "since": ..., "deadline": ...,
     "last_error": ...}                                  while a call waits (unix times)
    {"v": 1, "state": "ok", "provider": ..., "since": ...}   once the provider answers again

A wait that ends in giving up leaves the "unavailable" state with its deadline passed.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from dgm.rundir import write_json_atomic

log = logging.getLogger("dgm.gateway")

STATE_FILE = "provider.json"
STATE_VERSION = 1
REFRESH_S = 5.0  # provider.json is rewritten at most this often while a wait goes on
ERROR_CHARS = 120  # last_error is cut to this many characters


@dataclass(frozen=True)
class ProviderWait:
    """A call waiting out provider faults."""

    provider: str  # the provider's short name
    since: float  # unix time the call started
    retrying_for_s: float  # seconds of its retry time budget left
    last_error: str  # its last fault, short


@dataclass
class _Wait:
    """One waiting call, as the board keeps it."""

    provider: str
    since: float
    deadline: float
    last_error: str


class WaitBoard:
    """The calls now waiting out provider faults, mirrored to provider.json."""

    def __init__(self, run_dir: Path, clock: Callable[[], float]) -> None:
        self.path = run_dir / STATE_FILE
        self.clock = clock
        self._waits: dict[int, _Wait] = {}
        self._written_at: float | None = None  # when "unavailable" was last written
        self._lock = threading.Lock()
        self.path.unlink(missing_ok=True)  # an earlier session's state says nothing now

    def waiting(self, key: int, provider: str, since: float, deadline: float, error: str) -> None:
        """Call `key` met a fault and waits before trying again until `deadline`."""
        with self._lock:
            self._waits[key] = _Wait(provider, since, deadline, short_error(error))
            now = self.clock()
            if self._written_at is None or now - self._written_at >= REFRESH_S:
                self._write_wait(self._longest())
                self._written_at = now

    def ended(self, key: int, answered: bool) -> None:
        """Call `key` ended (answered, or given up); the last one to end updates the file."""
        with self._lock:
            wait = self._waits.pop(key, None)
            if wait is None or self._waits:
                return
            self._written_at = None
            if answered:
                self._write({"state": "ok", "provider": wait.provider, "since": self.clock()})
            else:
                self._write_wait(wait)

    def longest(self) -> ProviderWait | None:
        """The call waiting longest, or None when none waits."""
        with self._lock:
            if not self._waits:
                return None
            wait = self._longest()
        left = max(0.0, wait.deadline - self.clock())
        return ProviderWait(wait.provider, wait.since, left, wait.last_error)

    def _longest(self) -> _Wait:
        """The wait with the earliest start (the lock is held)."""
        return min(self._waits.values(), key=lambda w: w.since)

    def _write_wait(self, wait: _Wait) -> None:
        """Write the "unavailable" state of `wait`."""
        self._write({"state": "unavailable", "provider": wait.provider, "since": wait.since,
                     "deadline": wait.deadline, "last_error": wait.last_error})

    def _write(self, state: dict[str, object]) -> None:
        """Replace provider.json; a failure (a full disk) only loses the hint."""
        try:
            write_json_atomic(self.path, {"v": STATE_VERSION, **state})
        except Exception:  # the ledger's next write reports a full disk; this is a hint
            log.debug("could not write %s", self.path, exc_info=True)


def read_provider_state(run_dir: Path) -> dict[str, object] | None:
    """provider.json of a run, or None when it is missing, unreadable or of another version.

    It describes the run's driver: trust it only while that process lives.
    """
    try:
        data = json.loads((Path(run_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("v") != STATE_VERSION:
        return None
    return data


def wait_text(state: ProviderWait | Mapping[str, object], now: float) -> str:
    """One line for a wait: 'provider unavailable, retrying for 2m10s (anthropic: 529 ...)'."""
    if isinstance(state, ProviderWait):
        why = _why(state.provider, state.last_error)
        return f"provider unavailable, retrying for {duration(state.retrying_for_s)} ({why})"
    if state.get("state") != "unavailable":
        return "provider available"
    deadline, since = _number(state.get("deadline")), _number(state.get("since"))
    why = _why(str(state.get("provider", "?")), str(state.get("last_error") or ""))
    if deadline > now:
        return f"provider unavailable, retrying for {duration(deadline - now)} ({why})"
    return f"provider unavailable, gave up after {duration(deadline - since)} ({why})"


def _why(provider: str, error: str) -> str:
    """'anthropic: 529 overloaded', or the provider alone."""
    return f"{provider}: {error}" if error else provider


def duration(seconds: float) -> str:
    """'45s', '2m10s', '1h05m'."""
    s = max(0, round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def _number(value: object) -> float:
    """A number read from JSON (0 when it is not one)."""
    return float(value) if isinstance(value, int | float) else 0.0


def short_error(text: str) -> str:
    """`text` on one line, cut to ERROR_CHARS."""
    line = " ".join(text.split())
    return line if len(line) <= ERROR_CHARS else line[: ERROR_CHARS - 3] + "..."
