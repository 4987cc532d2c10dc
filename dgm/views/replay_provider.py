"""The replay provider `dgm replay --recorded` injects: the gateway's, tolerant of timing noise.

A replayed agent's requests carry its tools' output, and that output can hold what no
replay reproduces: pytest's "7 passed in 0.02s", a process's memory addresses. The
gateway's replay provider compares requests exactly, so such an exchange would diverge
and cut the agent off. This one compares them exactly first and, when they differ,
again with those volatile tokens masked; a request that matches only then is served
and counted as tolerated. Any other difference fails loudly, as in the gateway's.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from dgm.gateway.errors import ProviderError, ReplayDivergence
from dgm.gateway.recordings import Recording, load_recordings, request_difference
from dgm.protocols import CallContext

# (pattern, mask): durations as tools print them, and object addresses.
VOLATILE = (
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:s|ms|us|µs|sec|secs|seconds)\b"), "<duration>"),
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x<address>"),
)


def steady(value: Any) -> Any:
    """A JSON value with the volatile tokens of its strings masked."""
    if isinstance(value, str):
        for pattern, mask in VOLATILE:
            value = pattern.sub(mask, value)
        return value
    if isinstance(value, dict):
        return {k: steady(v) for k, v in value.items()}
    if isinstance(value, list):
        return [steady(v) for v in value]
    return value


class TolerantReplay:
    """Serves a run's recordings in order per attempt (hints['replay_attempt'] or its id)."""

    name = "replay"
    billed = False

    def __init__(self, source: Path) -> None:
        self.source = Path(source)
        self._cursors: dict[str, int] = {}
        self._cache: dict[str, list[Recording]] = {}
        self._tolerated: dict[str, int] = {}
        self._lock = threading.Lock()

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        """The next recorded answer, if `request` is the recorded one up to timing noise."""
        attempt = str(context.hints.get("replay_attempt") or context.attempt_id)
        rec = self._next(attempt)
        difference = request_difference(rec.request, request)
        if difference:
            if request_difference(steady(rec.request), steady(request)):
                raise ReplayDivergence(
                    f"replay of attempt '{attempt}' exchange {rec.seq} diverged: {difference}")
            with self._lock:
                self._tolerated[attempt] = self._tolerated.get(attempt, 0) + 1
        if rec.error is not None:
            raise ProviderError(int(rec.error["status"]), rec.error["message"],
                                error_type=rec.error.get("type"))
        assert rec.response is not None
        return rec.response

    def tolerated(self, attempt: str) -> int:
        """How many of the attempt's requests matched only with volatile tokens masked."""
        with self._lock:
            return self._tolerated.get(attempt, 0)

    def _next(self, attempt: str) -> Recording:
        with self._lock:
            if attempt not in self._cache:
                self._cache[attempt] = load_recordings(self.source, attempt)
            records, cursor = self._cache[attempt], self._cursors.get(attempt, 0)
            if cursor >= len(records):
                raise ReplayDivergence(
                    f"replay of attempt '{attempt}' diverged: request {cursor} has no "
                    f"recording ({len(records)} recorded under {self.source})")
            self._cursors[attempt] = cursor + 1
            return records[cursor]
