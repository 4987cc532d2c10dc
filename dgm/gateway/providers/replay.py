"""Serves recorded exchanges in order per attempt; a diverging request fails loudly.

A replayed agent's requests carry its tools' output, which can hold what no replay
reproduces (pytest's "in 0.02s", object addresses). A request that differs from the
recorded one only there is served and counted as tolerated; any other difference fails.
"""

from __future__ import annotations

import threading
from pathlib import Path

from dgm.gateway.errors import RecordedFailure, ReplayDivergence
from dgm.gateway.recordings import (
    Recording,
    load_recordings,
    matches_up_to_noise,
    request_difference,
)
from dgm.gateway.settings import ProviderSettings
from ground.context import CallContext
from ground.errors import GatewayError
from ground.jsontypes import JsonObject


class ReplayProvider:
    """Answers from a recordings/ dir; the attempt replayed is hints['replay_attempt'] or its id."""

    name = "replay"
    models: list[str] | None = None  # whatever the recordings hold
    billed = False  # replayed answers cost nothing

    def __init__(self, settings: ProviderSettings) -> None:
        if not settings.source or not Path(settings.source).is_dir():
            raise GatewayError(
                f"provider 'replay' needs an existing recordings dir, got {settings.source!r}",
                "set [gateway.providers.replay].source to a run's recordings/ directory",
            )
        self.source = Path(settings.source)
        self._cursors: dict[str, int] = {}
        self._cache: dict[str, list[Recording]] = {}
        self._tolerated: dict[str, int] = {}
        self._lock = threading.Lock()

    def secrets(self) -> list[str]:
        """No credentials."""
        return []

    def close(self) -> None:
        """Nothing to release."""

    def complete(self, request: JsonObject, context: CallContext) -> JsonObject:
        """The next recorded answer of the attempt, if `request` matches the recorded one."""
        attempt = str(context.hints.get("replay_attempt") or context.attempt_id)
        rec = self._next(attempt)
        where = f"replay of attempt '{attempt}' exchange {rec.seq}"
        difference = request_difference(rec.request, request)
        if difference:
            if not matches_up_to_noise(rec.request, request):
                raise ReplayDivergence(f"{where} diverged: {difference}")
            with self._lock:
                self._tolerated[attempt] = self._tolerated.get(attempt, 0) + 1
        if rec.error is not None:
            raise RecordedFailure(
                int(rec.error["status"]), rec.error["message"], error_type=rec.error.get("type")
            )
        assert rec.response is not None
        return rec.response

    def tolerated(self, attempt: str) -> int:
        """How many of the attempt's requests matched only up to timings and addresses."""
        with self._lock:
            return self._tolerated.get(attempt, 0)

    def _next(self, attempt: str) -> Recording:
        """Take the attempt's next recording, or fail when none is left."""
        with self._lock:
            if attempt not in self._cache:
                self._cache[attempt] = load_recordings(self.source, attempt)
            records, cursor = self._cache[attempt], self._cursors.get(attempt, 0)
            if cursor >= len(records):
                raise ReplayDivergence(
                    f"replay of attempt '{attempt}' diverged: request {cursor} has no recording "
                    f"({len(records)} recorded under {self.source})"
                )
            self._cursors[attempt] = cursor + 1
            return records[cursor]
