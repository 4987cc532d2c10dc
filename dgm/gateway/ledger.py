"""ledger.jsonl: one UsageEntry per model exchange (and per answer lost mid-way), fsynced."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypedDict

from dgm.gateway.settings import Price
from dgm.rundir import append_line, drop_torn_tail
from ground.diskspace import disk_full_guard
from ground.jsontypes import Json, JsonObject, check_format, dataclass_from

USAGE_FORMAT = 1
BILLED = "billed"  # the provider's own usage counts (an entry without `billing` is this)
POSSIBLY_BILLED = "possibly_billed"  # its answer was lost mid-way: counts partly estimated
CHARS_PER_TOKEN = 4  # a rough rate, only for estimating the tokens of a lost answer


@dataclass
class UsageEntry:
    """What one exchange cost and who made it."""

    run_id: str
    attempt_id: str
    role: str
    provider: str
    model: str
    seq: int  # the exchange's sequence number within its attempt (as in recordings/)
    task_id: str | None = None
    input_tokens: int = 0  # uncached input tokens
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    usd: float = 0.0  # cost from the price table
    latency_s: float = 0.0  # wall time of the exchange, retries included
    retries: int = 0  # provider retries inside the gateway
    status: int = 200  # HTTP status the caller got
    error: str | None = None  # the error message when status != 200
    time: float = 0.0  # unix time the exchange finished
    reused: bool = False  # answered from an earlier session's recording: no tokens, no USD
    billing: str = BILLED  # BILLED, or POSSIBLY_BILLED: the answer was lost after it started
    format: int = USAGE_FORMAT

    @property
    def tokens(self) -> int:
        """All tokens of the exchange: input, output and cache."""
        cache = self.cache_read_tokens + self.cache_write_tokens
        return self.input_tokens + self.output_tokens + cache

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> UsageEntry:
        """Inverse of to_dict; refuses entries of a newer format."""
        check_format(data, USAGE_FORMAT, "usage entry")
        return dataclass_from(cls, data)


class TokenCounts(TypedDict):
    """Token counts of one exchange, under UsageEntry's field names."""

    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int


def usage_counts(usage: Mapping[str, object]) -> TokenCounts:
    """Token counts of an Anthropic `usage` object, under UsageEntry's field names."""
    return {
        "input_tokens": _count(usage.get("input_tokens")),
        "output_tokens": _count(usage.get("output_tokens")),
        "cache_read_tokens": _count(usage.get("cache_read_input_tokens")),
        "cache_write_tokens": _count(usage.get("cache_creation_input_tokens")),
    }


def _count(value: object) -> int:
    """A token count as the provider wrote it (a number, or its text); absent is 0."""
    if not value:
        return 0
    if not isinstance(value, int | float | str):
        raise TypeError(f"token count {value!r} is not a number")
    return int(value)


def dropped_counts(
    request: Mapping[str, Json], partial_usage: Mapping[str, object], received_chars: int
) -> TokenCounts:
    """Token counts of an answer lost mid-way: its partial usage, else estimates.

    Input from the request's size, output from what arrived of the answer; each count the
    partial usage holds is taken as the provider wrote it.
    """
    counts = usage_counts(partial_usage)
    if not any(counts[k] for k in ("input_tokens", "cache_read_tokens", "cache_write_tokens")):
        counts["input_tokens"] = estimate_tokens(request)
    if not counts["output_tokens"]:
        counts["output_tokens"] = received_chars // CHARS_PER_TOKEN
    return counts


def estimate_tokens(request: Mapping[str, Json]) -> int:
    """A rough token count of a Messages request (its JSON size at CHARS_PER_TOKEN)."""
    return len(json.dumps(request, separators=(",", ":"), ensure_ascii=False)) // CHARS_PER_TOKEN


def cost_usd(counts: TokenCounts, price: Price) -> float:
    """USD for `counts` at `price` (USD per million tokens)."""
    total = (
        counts["input_tokens"] * price.input
        + counts["output_tokens"] * price.output
        + counts["cache_read_tokens"] * price.cache_read
        + counts["cache_write_tokens"] * price.cache_write
    )
    return total / 1_000_000


class Ledger:
    """An append-only, fsynced ledger.jsonl; a full disk raises DiskFull and tears no line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._torn = False  # a failed append may have left a partial line
        path.parent.mkdir(parents=True, exist_ok=True)
        drop_torn_tail(path)

    def append(self, entry: UsageEntry) -> None:
        """Write `entry` as one compact line and fsync it; DiskFull when the disk is full.

        A failed write leaves the ledger at its old length (or, when even cutting back
        fails, a torn tail that the next append drops first), so no entry joins a torn one.
        """
        line = json.dumps(entry.to_dict(), separators=(",", ":"), sort_keys=True) + "\n"
        with self._lock, disk_full_guard(self.path):
            if self._torn:
                drop_torn_tail(self.path)
                self._torn = False
            try:
                append_line(self.path, line.encode("utf-8"))
            except OSError:
                self._torn = True
                raise

    def entries(self) -> list[UsageEntry]:
        """Every complete entry written so far (a torn last line is not one)."""
        return read_entries(self.path)


def read_entries(path: Path) -> list[UsageEntry]:
    """Every complete entry of the ledger at `path`, read only (none when it is missing; a
    torn last line is not one)."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.endswith("\n") and line.strip()]
    return [UsageEntry.from_dict(json.loads(line)) for line in lines]

