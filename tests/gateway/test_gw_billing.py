"""Answers lost after the provider started answering are billed as possibly billed."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gw_fakes import USER, FakeClock, FakeUpstream, ScriptedProvider, context, cut, drop, message
from gw_fakes import scripted_config as scripted
from test_gw_upstream_faults import KEY, MODEL, anthropic_answer, openai_answer

from dgm.gateway import (
    Budget,
    BudgetExceeded,
    Gateway,
    GatewayConfig,
    Price,
    ProviderError,
    ProviderSettings,
    Retry,
)
from dgm.gateway.errors import ResponseDropped
from dgm.gateway.ledger import CHARS_PER_TOKEN, Ledger, UsageEntry, estimate_tokens
from dgm.gateway.providers.http import partial_usage
from dgm.gateway.retry import Timing
from ground.errors import ProviderUnavailable

REQUEST: dict[str, Any] = {"model": "m", "max_tokens": 64, "messages": USER}
PRICE = Price(input=3.0, output=15.0, cache_read=0.3, cache_write=3.75)


def ledger(run_dir: Path) -> list[dict[str, Any]]:
    """The ledger's entries."""
    return [json.loads(line) for line in (run_dir / "ledger.jsonl").read_text().splitlines()]


def http_config(name: str, up: FakeUpstream, monkeypatch: pytest.MonkeyPatch) -> GatewayConfig:
    """A config for provider `name` pointing at `up`, with quick retries."""
    key_env = "ANTHROPIC_API_KEY" if name == "anthropic" else "DGM_TEST_OPENAI_KEY"
    monkeypatch.setenv(key_env, KEY)
    base = up.url + ("/v1" if name == "openai" else "")
    return GatewayConfig(
        provider=name, model=MODEL, prices={MODEL: PRICE},
        providers={name: ProviderSettings(base_url=base, api_key_env=key_env, timeout_s=0.5)},
        retry=Retry(time_budget_s=30, backoff_base_s=0.01, backoff_max_s=0.05),
    )


def usage_first(answer: dict[str, Any]) -> dict[str, Any]:
    """The same answer with its usage object written first (so a cut body may keep it)."""
    return {"usage": answer["usage"], **{k: v for k, v in answer.items() if k != "usage"}}


@pytest.mark.parametrize("name", ["anthropic", "openai"])
def test_a_body_cut_mid_way_is_billed_from_its_partial_usage_then_retried(
    name: str, upstream: Callable[..., FakeUpstream], run_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = anthropic_answer if name == "anthropic" else openai_answer
    up = upstream(answer)
    body = usage_first(answer({"model": MODEL}))
    up.steps = [cut(body, keep=len(json.dumps(body)) - 40)]
    with Gateway(http_config(name, up, monkeypatch), run_dir) as gw:
        reply = gw.complete(REQUEST, gw.issue_token(context()))
        totals = gw.usage()
    assert reply["content"][0]["text"] == "from upstream"
    lost, answered = ledger(run_dir)
    assert (lost["billing"], lost["status"], lost["seq"]) == ("possibly_billed", 502, 0)
    assert "lost mid-way" in lost["error"]
    assert (lost["input_tokens"], lost["output_tokens"]) == (answered["input_tokens"], 200)
    assert lost["usd"] == pytest.approx(answered["usd"]) and lost["usd"] > 0
    assert (answered["billing"], answered["seq"], answered["retries"]) == ("billed", 0, 1)
    assert (totals.calls, totals.possibly_billed) == (2, 1)
    assert totals.usd == pytest.approx(2 * answered["usd"])


def test_a_body_cut_before_its_usage_is_billed_from_estimates(
    upstream: Callable[..., FakeUpstream], run_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    up = upstream(anthropic_answer)
    up.steps = [cut(anthropic_answer({"model": MODEL}), keep=100)]
    with Gateway(http_config("anthropic", up, monkeypatch), run_dir) as gw:
        gw.complete(REQUEST, gw.issue_token(context()))
    lost = ledger(run_dir)[0]
    assert lost["billing"] == "possibly_billed"
    assert lost["input_tokens"] == estimate_tokens(REQUEST) > 0
    assert lost["output_tokens"] == 100 // CHARS_PER_TOKEN
    assert lost["usd"] == pytest.approx((lost["input_tokens"] * 3.0 + 25 * 15.0) / 1e6)


def test_a_body_that_stalls_past_the_timeout_is_possibly_billed(
    upstream: Callable[..., FakeUpstream], run_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    up = upstream(anthropic_answer)
    up.steps = [cut(anthropic_answer({"model": MODEL}), keep=50, stall=1.5)]
    with Gateway(http_config("anthropic", up, monkeypatch), run_dir) as gw:
        gw.complete(REQUEST, gw.issue_token(context()))
    lost = ledger(run_dir)[0]
    assert (lost["billing"], lost["status"]) == ("possibly_billed", 504)
    assert "timed out" in lost["error"]


def test_a_connection_dropped_before_the_answer_is_not_billed(
    upstream: Callable[..., FakeUpstream], run_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    up = upstream(anthropic_answer)
    up.steps = [drop()]
    with Gateway(http_config("anthropic", up, monkeypatch), run_dir) as gw:
        gw.complete(REQUEST, gw.issue_token(context()))
        assert gw.usage().possibly_billed == 0
    [entry] = ledger(run_dir)
    assert (entry["billing"], entry["retries"], entry["input_tokens"]) == ("billed", 1, 1000)


def test_partial_usage_takes_the_last_whole_usage_object() -> None:
    assert partial_usage('{"id":"x","usage":{"input_tokens":7,"output_tokens":2},"con') == {
        "input_tokens": 7, "output_tokens": 2}
    assert partial_usage('{"id":"x","usage":{"input_tokens":7,"outp') == {}
    assert partial_usage("") == {}


def dropping(times: int, usage: dict[str, int] | None = None) -> ScriptedProvider:
    """A scripted model whose first `times` answers are lost mid-way."""
    left = [times]

    def answer(request: dict[str, Any], ctx: Any) -> dict[str, Any]:
        if left[0] > 0:
            left[0] -= 1
            raise ResponseDropped(502, "answer lost", partial_usage=usage, received_chars=80)
        return message(usage={"input_tokens": 1000, "output_tokens": 0})
    return ScriptedProvider(answer)


def test_possibly_billed_answers_count_against_the_budgets(run_dir: Path) -> None:
    provider = dropping(1, {"input_tokens": 1000})
    config = scripted(prices={"scripted": Price(input=1000.0)},
                      budget=Budget(attempt_usd=1.5))
    timing = Timing(sleep=lambda s: None)
    with Gateway(config, run_dir, providers={"scripted": provider}, timing=timing) as gw:
        token = gw.issue_token(context())
        gw.complete(REQUEST, token)
        assert gw.usage(attempt_id="a1").usd == pytest.approx(2.0)  # the lost try and the answer
        with pytest.raises(BudgetExceeded):
            gw.complete(REQUEST, token)
    assert [e["billing"] for e in ledger(run_dir)] == ["possibly_billed", "billed"]


def test_a_lost_answer_that_ends_the_retries_is_the_exchange_entry(run_dir: Path) -> None:
    clock = FakeClock()
    provider = dropping(99)
    config = scripted(retry=Retry(time_budget_s=0), prices={"scripted": PRICE})
    timing = Timing(clock.time, clock.sleep, random.Random(0))
    with Gateway(config, run_dir, providers={"scripted": provider}, timing=timing) as gw:
        with pytest.raises(ProviderError):
            gw.complete(REQUEST, gw.issue_token(context()))
        assert isinstance(gw.interruption(), ProviderUnavailable)
    [entry] = ledger(run_dir)
    assert (entry["billing"], entry["output_tokens"]) == ("possibly_billed", 20)
    assert entry["input_tokens"] == estimate_tokens(REQUEST)
    recording = json.loads((run_dir / "recordings" / "a1" / "000000.json").read_text())
    assert recording["error"]["status"] == 502


def test_an_old_ledger_without_billing_reads_as_billed(tmp_path: Path) -> None:
    line = {"run_id": "r", "attempt_id": "a", "role": "coding_agent", "provider": "toy",
            "model": "toy", "seq": 0, "usd": 0.5, "format": 1}
    (tmp_path / "ledger.jsonl").write_text(json.dumps(line) + "\n")
    [entry] = Ledger(tmp_path / "ledger.jsonl").entries()
    assert entry.billing == "billed" and entry.usd == 0.5
    assert UsageEntry.from_dict(entry.to_dict()) == entry
