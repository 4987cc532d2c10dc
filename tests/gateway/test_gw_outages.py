"""Provider outages: retries ride on a time budget; past it the gateway interrupts the run."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anthropic
import pytest
from gw_fakes import (
    USER,
    FakeClock,
    ScriptedProvider,
    context,
    message,
    scripted_config,
    sdk_client,
)

from dgm.gateway import Gateway, GatewayConfig, ProviderError, Retry
from dgm.gateway.outage import WaitBoard, read_provider_state, wait_text
from dgm.gateway.retry import Timing
from ground.context import CallContext
from ground.errors import ConfigError, ProviderUnavailable

REQUEST: dict[str, Any] = {"model": "scripted", "max_tokens": 64, "messages": USER}
Answer = Callable[[dict[str, Any], CallContext], dict[str, Any]]


def down_until(clock: FakeClock, until: float, status: int = 529, **kw: Any) -> Answer:
    """A provider that fails with `status` until the fake time `until`, then answers."""
    def answer(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if clock.time() < until:
            raise ProviderError(status, f"provider answered {status}: overloaded", **kw)
        return message("back")
    return answer


def gateway(run_dir: Path, clock: FakeClock, answer: Answer, config: GatewayConfig | None = None,
            sleep: Callable[[float], object] | None = None) -> tuple[Gateway, ScriptedProvider]:
    """A gateway on the fake clock over a scripted provider (not started)."""
    provider = ScriptedProvider(answer)
    timing = Timing(clock.time, sleep or clock.sleep, random.Random(0))
    gw = Gateway(config or scripted_config(), run_dir, providers={"scripted": provider},
                 timing=timing)
    return gw, provider


def ledger(run_dir: Path) -> list[dict[str, Any]]:
    """The ledger's entries."""
    return [json.loads(line) for line in (run_dir / "ledger.jsonl").read_text().splitlines()]


def test_a_minute_of_faults_is_ridden_out_with_the_default_config(run_dir: Path) -> None:
    clock = FakeClock()
    gw, provider = gateway(run_dir, clock, down_until(clock, clock.now + 60))
    with gw:
        answer = gw.complete(REQUEST, gw.issue_token(context()))
        assert gw.interruption() is None and gw.provider_wait() is None
    assert answer["content"][0]["text"] == "back"
    assert len(provider.calls) > 5  # more faults than the old cap of 4 retries allowed
    assert 60 <= sum(clock.slept) < 60 + 30  # backed off, at most one capped backoff late
    assert all(s <= 30 for s in clock.slept)
    [entry] = ledger(run_dir)
    assert (entry["status"], entry["retries"], entry["billing"]) == (
        200, len(provider.calls) - 1, "billed")


def test_an_outage_past_the_budget_interrupts_and_later_requests_are_refused(
    run_dir: Path,
) -> None:
    clock = FakeClock()
    config = scripted_config(retry=Retry(time_budget_s=120))
    gw, provider = gateway(run_dir, clock, down_until(clock, clock.now + 3600, 503), config)
    with gw:
        token = gw.issue_token(context())
        with pytest.raises(ProviderError) as caught:
            gw.complete(REQUEST, token)
        assert caught.value.status == 503 and "overloaded" in caught.value.message
        assert sum(clock.slept) == pytest.approx(120)  # the last try lands on the deadline
        cause = gw.interruption()
        assert isinstance(cause, ProviderUnavailable)
        assert "'scripted'" in cause.message and "2m00s" in cause.message
        assert "503: overloaded" in cause.message
        assert cause.fix is not None and "dgm run --resume" in cause.fix
        tries = len(provider.calls)
        with pytest.raises(ProviderError) as refused:
            gw.complete(REQUEST, token)
        assert refused.value.status == 503 and "stopped answering" in refused.value.message
        assert len(provider.calls) == tries  # refused without reaching the provider
        assert gw.usage().calls == 1
        assert gw.interruption() is cause
    assert len(ledger(run_dir)) == 1  # the failed exchange; the refused one is not billed


def test_a_refused_request_reaches_a_sandboxed_agent_as_an_error(run_dir: Path) -> None:
    clock = FakeClock()
    config = scripted_config(retry=Retry(time_budget_s=10))
    gw, provider = gateway(run_dir, clock, down_until(clock, clock.now + 3600), config)
    with gw:
        client = sdk_client(gw, gw.issue_token(context()))
        with pytest.raises(anthropic.APIStatusError) as first:
            client.messages.create(model="m", max_tokens=5, messages=USER)
        assert first.value.status_code == 529
        tries = len(provider.calls)
        with pytest.raises(anthropic.InternalServerError) as later:
            client.messages.create(model="m", max_tokens=5, messages=USER)
        assert later.value.status_code == 503 and "stopped answering" in str(later.value)
        assert len(provider.calls) == tries


def test_retry_after_is_honoured(run_dir: Path) -> None:
    clock = FakeClock()
    answer = down_until(clock, clock.now + 80, 429, retry_after=42.0)
    gw, provider = gateway(run_dir, clock, answer)
    with gw:
        assert gw.complete(REQUEST, gw.issue_token(context()))["content"][0]["text"] == "back"
    assert clock.slept == [42.0, 42.0]
    assert len(provider.calls) == 3


def test_a_retry_after_past_the_budget_gives_up_at_once(run_dir: Path) -> None:
    clock = FakeClock()
    answer = down_until(clock, clock.now + 900, 429, retry_after=600.0)
    gw, provider = gateway(run_dir, clock, answer)
    with gw:
        with pytest.raises(ProviderError):
            gw.complete(REQUEST, gw.issue_token(context()))
        assert isinstance(gw.interruption(), ProviderUnavailable)
    assert clock.slept == [] and len(provider.calls) == 1


def test_a_non_retryable_error_does_not_interrupt(run_dir: Path) -> None:
    clock = FakeClock()
    gw, provider = gateway(run_dir, clock, down_until(clock, clock.now + 10, 400))
    with gw:
        token = gw.issue_token(context())
        with pytest.raises(ProviderError):
            gw.complete(REQUEST, token)
        assert gw.interruption() is None
        clock.sleep(10)
        assert gw.complete(REQUEST, token)["content"][0]["text"] == "back"


def test_the_wait_is_shown_while_it_lasts_and_in_provider_json(run_dir: Path) -> None:
    clock = FakeClock()
    start = clock.now
    seen: list[tuple[Any, Any]] = []

    def sleep(seconds: float) -> None:
        seen.append((gw.provider_wait(), read_provider_state(run_dir)))
        clock.sleep(seconds)

    gw, _ = gateway(run_dir, clock, down_until(clock, start + 20), sleep=sleep)
    with gw:
        gw.complete(REQUEST, gw.issue_token(context()))
        after = gw.provider_wait()
    wait, state = seen[0]
    assert (wait.provider, wait.since, wait.retrying_for_s) == ("scripted", start, 300.0)
    assert "529: overloaded" in wait.last_error
    assert wait_text(wait, clock.now).startswith("provider unavailable, retrying for 5m00s")
    assert state["v"] == 1 and state["state"] == "unavailable"
    assert (state["provider"], state["since"], state["deadline"]) == ("scripted", start,
                                                                      start + 300)
    assert wait_text(state, start + 170).startswith("provider unavailable, retrying for 2m10s")
    later = seen[-1][0]
    assert later.retrying_for_s == pytest.approx(300 - (clock.now - start - clock.slept[-1]))
    assert after is None
    final = read_provider_state(run_dir)
    assert final is not None and final["state"] == "ok"
    assert wait_text(final, clock.now) == "provider available"


def test_provider_json_tells_when_the_gateway_gave_up(run_dir: Path) -> None:
    clock = FakeClock()
    config = scripted_config(retry=Retry(time_budget_s=120))
    gw, _ = gateway(run_dir, clock, down_until(clock, clock.now + 3600), config)
    with gw, pytest.raises(ProviderError):
        gw.complete(REQUEST, gw.issue_token(context()))
    state = read_provider_state(run_dir)
    assert state is not None and state["state"] == "unavailable"
    assert wait_text(state, clock.now).startswith("provider unavailable, gave up after 2m00s")


def test_a_new_session_clears_an_old_provider_json(run_dir: Path) -> None:
    (run_dir / "provider.json").write_text('{"v": 1, "state": "unavailable"}')
    gw, _ = gateway(run_dir, FakeClock(), lambda request, ctx: message())
    with gw:
        assert read_provider_state(run_dir) is None


def test_the_board_reports_the_longest_wait_and_refreshes_the_file_sparingly(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    board = WaitBoard(tmp_path, clock.time)
    board.waiting(1, "anthropic", clock.now, clock.now + 300, "529 overloaded")
    clock.sleep(2)
    board.waiting(2, "openai", clock.now - 30, clock.now + 200, "503\n  down")
    wait = board.longest()
    assert wait is not None and (wait.provider, wait.last_error) == ("openai", "503 down")
    assert wait.retrying_for_s == 200
    assert read_provider_state(tmp_path)["provider"] == "anthropic"  # written 2 s ago
    clock.sleep(5)
    board.waiting(1, "anthropic", clock.now - 7, clock.now + 293, "529 again")
    assert read_provider_state(tmp_path)["provider"] == "openai"  # refreshed: the longest
    board.ended(2, answered=False)
    assert board.longest().provider == "anthropic"  # type: ignore[union-attr]
    board.ended(1, answered=True)
    assert board.longest() is None
    assert read_provider_state(tmp_path)["state"] == "ok"


def test_read_provider_state_ignores_what_it_cannot_trust(tmp_path: Path) -> None:
    assert read_provider_state(tmp_path) is None
    (tmp_path / "provider.json").write_text('{"v": 1, "state": "unav')
    assert read_provider_state(tmp_path) is None
    (tmp_path / "provider.json").write_text('{"v": 2, "state": "unavailable"}')
    assert read_provider_state(tmp_path) is None


def test_retry_config_time_budget_defaults_validation_and_old_keys() -> None:
    default = GatewayConfig.from_dict({})
    assert (default.retry.time_budget_s, default.retry.max_retries) == (300.0, None)
    old = GatewayConfig.from_dict({"retry": {"max_retries": 4, "max_retry_after_s": 120}})
    assert (old.retry.max_retries, old.retry.time_budget_s) == (4, 300.0)
    assert GatewayConfig.from_dict({"retry": {"time_budget_s": 600}}).retry.time_budget_s == 600
    with pytest.raises(ConfigError, match="time_budget_s' must be >= 0") as caught:
        GatewayConfig.from_dict({"retry": {"time_budget_s": -1}})
    assert caught.value.key == "gateway.retry.time_budget_s"
    with pytest.raises(ConfigError, match="max_retries' must be >= 0"):
        GatewayConfig.from_dict({"retry": {"max_retries": -1}})
    with pytest.raises(ConfigError, match="should be float"):
        GatewayConfig.from_dict({"retry": {"time_budget_s": "5m"}})


def test_a_max_retries_cap_still_ends_retrying_early(run_dir: Path) -> None:
    clock = FakeClock()
    config = scripted_config(retry=Retry(max_retries=2))
    gw, provider = gateway(run_dir, clock, down_until(clock, clock.now + 60), config)
    with gw, pytest.raises(ProviderError):
        gw.complete(REQUEST, gw.issue_token(context()))
    assert len(provider.calls) == 3
