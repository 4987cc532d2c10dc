"""Ledger entries, prices and budgets: a run stops cleanly when its budget is spent."""

from __future__ import annotations

import json
from pathlib import Path

import anthropic
import pytest
from gw_fakes import USER, ScriptedProvider, context, message, scripted_config, sdk_client

from dgm.gateway import Budget, BudgetExceeded, Gateway, Price, UsageEntry
from dgm.gateway.ledger import Ledger

REQUEST = {"max_tokens": 10, "messages": USER}
# 1000 input + 100 output tokens per call; at 1 and 10 USD per million, 0.002 USD per call.
PRICES = {"scripted": Price(input=1.0, output=10.0)}


def priced_provider() -> ScriptedProvider:
    """A scripted model whose every answer uses 1000 input and 100 output tokens."""
    usage = {"input_tokens": 1000, "output_tokens": 100}
    return ScriptedProvider(lambda request, ctx: message("ok", usage=usage))


def test_run_budget_stops_the_caller_cleanly(run_dir: Path) -> None:
    config = scripted_config(prices=PRICES, budget=Budget(run_usd=0.005))
    with Gateway(config, run_dir, providers={"scripted": priced_provider()}) as gw:
        done = []
        for i in range(10):  # the loop's shape: check before starting new work
            if gw.budget_exhausted("r1"):
                break
            token = gw.issue_token(context(attempt=f"a{i}"))
            done.append(gw.complete(REQUEST, token)["content"][0]["text"])
        reason = gw.budget_exhausted("r1")
        with pytest.raises(BudgetExceeded) as caught:
            gw.complete(REQUEST, gw.issue_token(context(attempt="late")))
        usage = gw.usage(run_id="r1")
    assert done == ["ok"] * 3  # 0.002, 0.004, then 0.006 >= 0.005
    assert reason is not None and "run budget exhausted" in reason and "USD" in reason
    assert caught.value.scope == "run" and caught.value.kind == "usd"
    assert usage.calls == 3 and usage.usd == pytest.approx(0.006)
    entries = Ledger(run_dir / "ledger.jsonl").entries()
    assert [e.attempt_id for e in entries] == ["a0", "a1", "a2"]  # nothing done is lost


def test_agent_reads_a_clear_budget_error(run_dir: Path) -> None:
    config = scripted_config(prices=PRICES, budget=Budget(attempt_tokens=2000))
    provider = priced_provider()
    with Gateway(config, run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context(attempt="a1")))
        client.max_retries = 2
        answers = []
        with pytest.raises(anthropic.RateLimitError) as caught:
            for _ in range(5):
                answers.append(client.messages.create(model="m", max_tokens=5, messages=USER))
        other = sdk_client(gw, gw.issue_token(context(attempt="a2")))
        assert other.messages.create(model="m", max_tokens=5, messages=USER).content
        assert gw.budget_exhausted("r1", "a1") and not gw.budget_exhausted("r1", "a2")
    assert len(answers) == 2
    body = caught.value.body
    assert isinstance(body, dict) and body["error"]["type"] == "budget_exceeded_error"
    text = body["error"]["message"]
    assert "attempt budget exhausted" in text and "2200 of 2000 tokens" in text
    assert len(provider.calls) == 3  # the refused call never reached the model; no SDK retry


def test_budget_counts_what_a_resumed_run_already_spent(run_dir: Path) -> None:
    config = scripted_config(prices=PRICES, budget=Budget(run_tokens=2500))
    with Gateway(config, run_dir, providers={"scripted": priced_provider()}) as gw:
        gw.complete(REQUEST, gw.issue_token(context()))
        gw.complete(REQUEST, gw.issue_token(context()))
    with open(run_dir / "ledger.jsonl", "a") as f:
        f.write('{"run_id": "r1", "attem')  # a torn line from a crash
    with Gateway(config, run_dir, providers={"scripted": priced_provider()}) as gw:
        assert gw.usage(run_id="r1").tokens == 2200
        gw.complete(REQUEST, gw.issue_token(context(attempt="a9")))
        assert "run budget" in (gw.budget_exhausted("r1") or "")
    lines = (run_dir / "ledger.jsonl").read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["run_id"] == "r1" for line in lines)


def test_usage_entry_round_trips_with_its_format() -> None:
    entry = UsageEntry(run_id="r", attempt_id="a", role="diagnoser", provider="toy", model="toy",
                       seq=4, input_tokens=7, cache_read_tokens=3, usd=0.25)
    assert UsageEntry.from_dict(json.loads(json.dumps(entry.to_dict()))) == entry
    assert entry.to_dict()["format"] == 1 and entry.tokens == 10
    with pytest.raises(ValueError, match="newer"):
        UsageEntry.from_dict({**entry.to_dict(), "format": 99})


def test_ledger_lines_are_compact_json(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": priced_provider()}) as gw:
        gw.complete(REQUEST, gw.issue_token(context(task_id="t-7")))
    line = (run_dir / "ledger.jsonl").read_text()
    assert line.count("\n") == 1 and ": " not in line and ", " not in line
    data = json.loads(line)
    assert (data["task_id"], data["seq"], data["status"], data["error"]) == ("t-7", 0, 200, None)
    assert data["latency_s"] >= 0 and data["time"] > 0


def test_usage_by_prefix_sums_an_attempt_and_its_runs(run_dir: Path) -> None:
    with Gateway(scripted_config(prices=PRICES), run_dir,
                 providers={"scripted": priced_provider()}) as gw:
        for attempt, run in [("g001a00", "r1"), ("g001a00/t-1/r0", "r1"),
                             ("g001a00/smoke/r0", "r1"), ("g001a00/smoke/r0", "r1"),
                             ("g001a001", "r1"), ("g001a0", "r1"), ("g002a00/t-1/r0", "r1"),
                             ("g001a00/t-1/r0", "r2")]:
            gw.complete(REQUEST, gw.issue_token(context(attempt=attempt, run=run)))
        mine = gw.usage_by_prefix("g001a00", run_id="r1")
        everywhere = gw.usage_by_prefix("g001a00")
        tasks = gw.usage_by_prefix("g001a00/smoke")
        none = gw.usage_by_prefix("g003")
    assert (mine.calls, mine.tokens, mine.usd) == (4, 4400, pytest.approx(0.008))
    assert everywhere.calls == 5  # the same ids in run r2 too
    assert tasks.calls == 2 and none.calls == 0 and none.usd == 0.0
