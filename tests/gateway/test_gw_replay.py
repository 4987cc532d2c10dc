"""Record then replay: the same exchanges come back; a diverging request fails loudly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anthropic
import pytest
from gw_fakes import ScriptedProvider, context, message, scripted_config, sdk_client

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig, Price, ProviderError, ProviderSettings, Retry
from dgm.gateway.recordings import Recording, first_difference, load_recordings
from ground.errors import GatewayError


def counting(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """A model whose answer depends on the conversation, and that fails on request."""
    last = request["messages"][-1]["content"]
    if last == "fail please":
        raise ProviderError(400, "the model refuses")
    return message(f"turns={len(request['messages'])} last={last}",
                   usage={"input_tokens": 50, "output_tokens": 5})


def agent_session(gw: Gateway, token: str, prompts: list[str]) -> list[str]:
    """A small multi-turn conversation through the SDK; errors become part of the transcript."""
    client = sdk_client(gw, token)
    history: list[dict[str, Any]] = []
    seen = []
    for prompt in prompts:
        history.append({"role": "user", "content": prompt})
        try:
            answer = client.messages.create(model="m", max_tokens=20, system="sys",
                                            messages=history).content[0].text
        except anthropic.APIStatusError as exc:
            answer = f"error {exc.status_code}: {exc.message}"
        seen.append(answer)
        history.append({"role": "assistant", "content": answer})
    return seen


def replay_config(source: Path) -> GatewayConfig:
    """Every role served from `source`."""
    return GatewayConfig(provider="replay", model="replayed",
                         providers={"replay": ProviderSettings(source=str(source))})


PROMPTS = ["hello", "fail please", "and again"]
REQUEST: dict[str, Any] = {"max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}


def record(run_dir: Path) -> list[str]:
    """Run the session against the scripted model, recording it."""
    config = scripted_config(prices={"scripted": Price(input=1.0)})
    with Gateway(config, run_dir, providers={"scripted": ScriptedProvider(counting)}) as gw:
        return agent_session(gw, gw.issue_token(context(attempt="att-1")), PROMPTS)


def test_record_then_replay_reproduces_the_exchanges(tmp_path: Path) -> None:
    first = record(tmp_path / "one")
    with Gateway(replay_config(tmp_path / "one" / "recordings"), tmp_path / "two") as gw:
        again = agent_session(gw, gw.issue_token(context(attempt="att-1")), PROMPTS)
    assert again == first
    assert first[1].startswith("error 400") and "the model refuses" in first[1]
    old = load_recordings(tmp_path / "one" / "recordings", "att-1")
    new = load_recordings(tmp_path / "two" / "recordings", "att-1")
    assert [(r.request, r.response, r.error) for r in old] == [
        (r.request, r.response, r.error) for r in new]
    entries = [json.loads(x) for x in (tmp_path / "two" / "ledger.jsonl").read_text().splitlines()]
    assert [e["usd"] for e in entries] == [0.0, 0.0, 0.0]  # replaying is free
    assert [e["input_tokens"] for e in entries] == [50, 0, 50]


def test_replay_under_another_attempt_id_via_hint(tmp_path: Path) -> None:
    first = record(tmp_path / "one")
    with Gateway(replay_config(tmp_path / "one" / "recordings"), tmp_path / "two") as gw:
        token = gw.issue_token(context(attempt="new-9", hints={"replay_attempt": "att-1"}))
        assert agent_session(gw, token, PROMPTS) == first


def test_a_diverging_request_names_the_first_difference(tmp_path: Path) -> None:
    record(tmp_path / "one")
    with Gateway(replay_config(tmp_path / "one" / "recordings"), tmp_path / "two") as gw:
        client = sdk_client(gw, gw.issue_token(context(attempt="att-1")))
        with pytest.raises(anthropic.APIStatusError) as caught:
            client.messages.create(model="m", max_tokens=20, system="sys",
                                   messages=[{"role": "user", "content": "hullo"}])
    assert caught.value.status_code == 409
    text = str(caught.value)
    assert "exchange 0" in text and "request.messages[0].content" in text
    assert "recorded 'hello', got 'hullo'" in text


def test_running_past_the_recording_fails_loudly(tmp_path: Path) -> None:
    record(tmp_path / "one")
    with Gateway(replay_config(tmp_path / "one" / "recordings"), tmp_path / "two") as gw:
        token = gw.issue_token(context(attempt="att-1"))
        agent_session(gw, token, PROMPTS)
        with pytest.raises(ProviderError, match="request 3 has no recording") as caught:
            gw.complete({"max_tokens": 1, "messages": [{"role": "user", "content": "x"}]}, token)
    assert caught.value.status == 409


def test_replay_needs_an_existing_source(tmp_path: Path) -> None:
    with pytest.raises(GatewayError, match="recordings dir"):
        Gateway(replay_config(tmp_path / "nowhere"), tmp_path / "run").start()


def test_first_difference_paths() -> None:
    a = {"messages": [{"role": "user", "content": [{"type": "text", "text": "x"}]}], "n": 1}
    assert first_difference(a, a) is None
    b = {"messages": [{"role": "user", "content": [{"type": "text", "text": "y"}]}], "n": 1}
    assert first_difference(a, b) == "request.messages[0].content[0].text: recorded 'x', got 'y'"
    assert first_difference(a, {**a, "tools": []}) == "request.tools: recorded <absent>, got []"
    longer = {"messages": a["messages"] * 2, "n": 1}
    assert first_difference(a, longer) == "request.messages: recorded 1 items, got 2"
    assert first_difference({"n": 1}, {"n": 1.5}) == "request.n: recorded 1, got 1.5"


def test_recording_round_trips_with_its_format() -> None:
    rec = Recording(run_id="r", attempt_id="a", seq=2, role="self_modifier", provider="toy",
                    model="toy", request={"messages": []}, response={"content": []})
    assert Recording.from_dict(json.loads(json.dumps(rec.to_dict()))) == rec
    with pytest.raises(ValueError, match="newer"):
        Recording.from_dict({**rec.to_dict(), "format": 2})


def test_a_recorded_outage_is_replayed_once_and_interrupts_nothing(tmp_path: Path) -> None:
    def overloaded(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise ProviderError(529, "overloaded")

    config = scripted_config(retry=Retry(time_budget_s=0))
    with Gateway(config, tmp_path / "one",
                 providers={"scripted": ScriptedProvider(overloaded)}) as gw:
        with pytest.raises(ProviderError):
            gw.complete(REQUEST, gw.issue_token(context(attempt="att-1")))
    with Gateway(replay_config(tmp_path / "one" / "recordings"), tmp_path / "two") as gw:
        token = gw.issue_token(context(attempt="att-1"))
        with pytest.raises(ProviderError, match="overloaded") as caught:
            gw.complete(REQUEST, token)
        assert caught.value.status == 529
        assert gw.interruption() is None  # the old run's outage is data here, not a new one
    [entry] = [json.loads(x) for x in (tmp_path / "two" / "ledger.jsonl").read_text().splitlines()]
    assert entry["retries"] == 0
