"""A run's usage: the ledger read without a change, and its totals."""

from __future__ import annotations

import json
from pathlib import Path

from dgm.gateway.ledger import Ledger, UsageEntry
from dgm.run.usage import UsageTotals, read_usage, usage_totals


def entry(attempt: str, usd: float, tokens: int) -> UsageEntry:
    return UsageEntry("r", attempt, "coding_agent", "toy", "toy", 0, input_tokens=tokens, usd=usd)


def test_totals_count_calls_tokens_and_usd() -> None:
    entries = [entry("g001a00", 0.0025, 100), entry("g001a00/t/r0", 0.001, 50)]
    assert usage_totals(entries) == UsageTotals(calls=2, tokens=150, usd=0.0035, input_tokens=150)
    assert usage_totals([]) == UsageTotals(0, 0, 0.0)


def test_the_ledger_is_read_whole_lines_only_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    ledger = Ledger(path)
    for e in (entry("a", 0.5, 10), entry("b", 0.25, 20)):
        ledger.append(e)
    newer = {**entry("c", 9.0, 1).to_dict(), "format": 99}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("not json\n" + json.dumps(newer) + "\n" + '{"run_id": "x"}\n' + '{"run_id": "to')
    before = path.read_bytes()
    assert [e.attempt_id for e in read_usage(path)] == ["a", "b"]
    assert usage_totals(read_usage(path)) == UsageTotals(2, 30, 0.75, input_tokens=30)
    assert path.read_bytes() == before  # the torn tail stays: a view repairs nothing
    assert read_usage(tmp_path / "missing.jsonl") == []
