"""A run's model usage from its ledger: the entries, read without a change, and their totals."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from dgm.gateway.ledger import UsageEntry
from ground.jsontypes import JsonObject

TOKEN_FIELDS = ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens")


@dataclass(frozen=True)
class UsageTotals:
    """Model calls, tokens and USD of some ledger entries."""

    calls: int = 0
    tokens: int = 0  # input, output and cache tokens
    usd: float = 0.0  # rounded to 6 places, as every view shows it
    input_tokens: int = 0  # uncached input
    output_tokens: int = 0
    cache_read_tokens: int = 0  # input read from the prompt cache
    cache_write_tokens: int = 0  # input written to the prompt cache


def usage_totals(entries: Iterable[UsageEntry]) -> UsageTotals:
    """The totals of `entries` (a run's, an attempt's, a role's)."""
    calls, usd = 0, 0.0
    counts = dict.fromkeys(TOKEN_FIELDS, 0)
    for entry in entries:
        calls, usd = calls + 1, usd + entry.usd
        for name in TOKEN_FIELDS:
            counts[name] += getattr(entry, name)
    return UsageTotals(calls, sum(counts.values()), round(usd, 6), **counts)


def tokens_text(usage: Mapping[str, object]) -> str:
    """'5,200 tokens (1,000 input, 200 output, 3,000 cache read, 1,000 cache write)' from a
    usage dict (UsageTotals as a dict); just '5,200 tokens' without the breakdown."""
    total = f"{usage.get('tokens') or 0:,} tokens"
    parts = [f"{usage[name]:,} {name.removesuffix('_tokens').replace('_', ' ')}"
             for name in TOKEN_FIELDS if name in usage]
    return f"{total} ({', '.join(parts)})" if parts else total


def read_usage(ledger: Path) -> list[UsageEntry]:
    """The ledger's complete entries; torn, damaged and newer-format lines are skipped.

    Read-only, unlike Ledger(), which cuts a torn tail so its writer can append: a view
    may read the ledger of a run that is still going, or of one that crashed.
    """
    return list(iter_usage(ledger))


def iter_usage(ledger: Path) -> Iterator[UsageEntry]:
    """read_usage one entry at a time, for a reader that needs only totals (a big run's
    ledger has hundreds of thousands of lines)."""
    for row in iter_jsonl_quiet(ledger):
        try:
            yield UsageEntry.from_dict(row)
        except (TypeError, ValueError):  # not an entry, or one of a newer format
            continue


def read_jsonl_quiet(path: Path) -> list[JsonObject]:
    """The complete, parseable objects of a JSONL file; torn or bad lines are skipped."""
    return list(iter_jsonl_quiet(path))


def iter_jsonl_quiet(path: Path) -> Iterator[JsonObject]:
    """read_jsonl_quiet one line at a time (nothing when the file cannot be read; up to a
    read error, should one occur)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if not line.endswith("\n"):
                    return  # a torn last line: never acknowledged by its writer
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict):
                    yield row
    except OSError:
        return
