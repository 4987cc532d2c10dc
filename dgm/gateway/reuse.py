"""Answering a re-run attempt from its earlier session's recordings, so nothing is paid twice.

A run killed mid-attempt re-runs that attempt under the same id, from its first unsaved
step. The first time this gateway sees such an attempt, the recordings an earlier session
left for it are served again in order while each request equals the recorded one; the
recordings of a role the re-run no longer asks (a saved diagnosis) are passed over and
kept as its history. At the first request that differs (or when they run out), the rest are
moved into `abandoned-<k>/` and the attempt goes live, numbering its exchanges on from there.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from dgm.gateway.recordings import (
    Recorder,
    Recording,
    abandon,
    attempt_dirname,
    matches_up_to_noise,
    recording_files,
)
from dgm.gateway.settings import Route
from ground.context import CallContext
from ground.jsontypes import JsonObject


@dataclass
class _Stale:
    """The recordings one attempt had before this session, and how many were reused."""

    paths: list[Path]
    cursor: int = 0
    done: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class Reuser:
    """Serves earlier recordings of re-run attempts; one lock per attempt."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self._attempts: dict[str, _Stale | None] = {}
        self._lock = threading.Lock()

    def take(self, request: JsonObject, context: CallContext, route: Route) -> Recording | None:
        """The earlier recording answering `request` again, or None: the call goes live."""
        stale = self._stale(context.attempt_id)
        if stale is None:
            return None
        with stale.lock:
            if stale.done:
                return None
            at = _next_of_role(stale, context.role)
            rec = _read(stale.paths[at]) if at < len(stale.paths) else None
            if rec is not None and _same_exchange(rec, at, request, context, route):
                stale.cursor = at + 1
                return rec
            stale.cursor = at
            self._finish(context.attempt_id, stale)
            return None

    def _stale(self, attempt_id: str) -> _Stale | None:
        """The attempt's reuse state; on first sight, what its folder already holds."""
        with self._lock:
            if attempt_id not in self._attempts:
                paths = recording_files(self.recorder.root / attempt_dirname(attempt_id))
                self._attempts[attempt_id] = _Stale(paths) if paths else None
            return self._attempts[attempt_id]

    def _finish(self, attempt_id: str, stale: _Stale) -> None:
        """Move the recordings not reused aside and let the attempt go live after the last one."""
        abandon(stale.paths[stale.cursor:])
        self.recorder.resume_at(attempt_id, stale.cursor)
        stale.done = True
        with self._lock:
            self._attempts[attempt_id] = None


def _same_exchange(
    rec: Recording, seq: int, request: JsonObject, context: CallContext, route: Route
) -> bool:
    """Whether `rec` is exchange `seq` of this attempt, succeeded, and asked `request`.

    Requests may differ in timings and addresses within tool output (a re-run's pytest
    takes another 0.02s); the recorded answer still stands for them.
    """
    same_call = (rec.seq, rec.attempt_id, rec.role, rec.provider, rec.model) == (
        seq, context.attempt_id, context.role, route.provider, route.model)
    succeeded = rec.error is None and isinstance(rec.response, dict)
    return same_call and succeeded and matches_up_to_noise(rec.request, request)


def _next_of_role(stale: _Stale, role: str) -> int:
    """Where the attempt's next exchange in `role` is: past the recordings of other roles
    that lead up to it. A re-run attempt whose first steps were saved (a diagnosis) asks
    nothing of their roles again; their recordings stay in place, as its history."""
    at = stale.cursor
    while at < len(stale.paths):
        rec = _read(stale.paths[at])
        if rec is None or rec.role == role:
            return at
        at += 1
    return at  # none in this role: what is left is other roles' history; go live after it


def _read(path: Path) -> Recording | None:
    """The recording at `path`, or None when it cannot be read (it is then not reused)."""
    try:
        return Recording.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
