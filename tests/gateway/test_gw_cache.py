"""Prompt caching: breakpoints placed by the gateway, their config, prices, replay and reuse."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gw_fakes import FakeUpstream, ScriptedProvider, context
from test_gw_upstream_faults import KEY, MODEL, openai_answer

from dgm.evolution.diagnose import build_request
from dgm.gateway import Gateway, GatewayConfig, Price, ProviderSettings, Route
from dgm.gateway.caching import MAX_BREAKPOINTS, count_breakpoints, place_breakpoints
from dgm.gateway.ledger import cost_usd, usage_counts
from dgm.gateway.recordings import load_recordings
from dgm.toy.provider import ToyProvider
from ground.errors import ConfigError

MARK = {"type": "ephemeral"}
TOOLS = [{"name": "bash", "description": "Run a command.", "input_schema": {"type": "object"}},
         {"name": "editor", "description": "View or edit.", "input_schema": {"type": "object"}}]


def turn_request(turns: int, filler: int = 0) -> dict[str, Any]:
    """An agent's request after `turns` tool calls: system text, tools, alternating messages."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": "Fix the bug. " + "x" * filler}]
    for k in range(turns):
        messages.append({"role": "assistant", "content": [
            {"type": "text", "text": f"[simulated model] (step: explore) turn {k}"},
            {"type": "tool_use", "id": f"toolu_{k}", "name": "bash", "input": {"command": "ls"}}]})
        messages.append({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": f"toolu_{k}", "content": "a.py\n" * filler}]})
    return {"model": "toy", "max_tokens": 512, "system": "You are a coding agent.",
            "tools": copy.deepcopy(TOOLS), "messages": messages}


def marked(request: dict[str, Any]) -> list[str]:
    """Where request's cache_control marks are, as short paths."""
    found = [f"tools[{i}]" for i, t in enumerate(request.get("tools", [])) if "cache_control" in t]
    system = request.get("system")
    if isinstance(system, list):
        found += [f"system[{i}]" for i, b in enumerate(system) if "cache_control" in b]
    for m, msg in enumerate(request["messages"]):
        if isinstance(msg["content"], list):
            found += [f"messages[{m}][{i}]" for i, b in enumerate(msg["content"])
                      if "cache_control" in b]
    return found


# ---- where breakpoints go ----------------------------------------------------------------


def test_an_agent_turn_gets_four_marks_at_the_ends_of_its_stable_prefixes() -> None:
    request = turn_request(2)
    assert place_breakpoints(request) == MAX_BREAKPOINTS
    assert sorted(marked(request)) == ["messages[2][0]", "messages[4][0]", "system[0]",
                                       "tools[1]"]
    assert request["system"] == [{"type": "text", "text": "You are a coding agent.",
                                  "cache_control": MARK}]  # the text made a block to mark it
    assert request["messages"][0]["content"] == "Fix the bug. "  # not marked: left as text


def test_the_first_turn_marks_its_task_message() -> None:
    request = turn_request(0)
    assert place_breakpoints(request) == 3
    assert sorted(marked(request)) == ["messages[0][0]", "system[0]", "tools[1]"]
    assert request["messages"][0]["content"] == [{"type": "text", "text": "Fix the bug. ",
                                                  "cache_control": MARK}]


def test_the_callers_own_marks_are_kept_and_never_exceed_four() -> None:
    request = turn_request(3)
    own = {"type": "ephemeral", "ttl": "1h"}
    request["tools"][0]["cache_control"] = own
    request["messages"][1]["content"][0]["cache_control"] = own
    assert place_breakpoints(request) == 2
    assert count_breakpoints(request) == MAX_BREAKPOINTS
    assert request["tools"][0]["cache_control"] == own
    assert request["messages"][1]["content"][0]["cache_control"] == own
    assert sorted(marked(request)) == ["messages[1][0]", "messages[6][0]", "system[0]",
                                       "tools[0]"]  # the most useful two were added


def test_a_request_already_at_four_marks_is_left_as_it_is() -> None:
    request = turn_request(3)
    for i in (1, 3, 5):
        request["messages"][i]["content"][1]["cache_control"] = MARK
    request["messages"][2]["content"][0]["content"] = [
        {"type": "text", "text": "out", "cache_control": MARK}]  # inside a tool result: counts
    before = copy.deepcopy(request)
    assert place_breakpoints(request) == 0
    assert request == before


def test_a_single_question_without_tools_marks_only_its_system_prompt() -> None:
    request = {"model": "toy", "max_tokens": 64, "system": "You diagnose agents.",
               "messages": [{"role": "user", "content": "Here are the logs."}]}
    assert place_breakpoints(request) == 1
    assert marked(request) == ["system[0]"]
    assert request["messages"][0]["content"] == "Here are the logs."


def test_a_diagnosis_marks_the_end_of_the_agents_source_not_its_logs() -> None:
    request = build_request("toy", "print('agent')\n", "2/10 tasks resolved")
    assert place_breakpoints(request) == 2
    assert sorted(marked(request)) == ["messages[0][0]", "system[0]"]


def test_a_second_diagnosis_of_the_same_agent_reads_its_source_from_the_cache(
        run_dir: Path) -> None:
    source = "def run():\n    return 1\n" * 400  # well above the minimum cacheable length
    with Gateway(GatewayConfig(), run_dir,
                 providers={"toy": ToyProvider(0, clock=lambda: 0.0)}) as gw:
        for logs in ("task a failed", "task b failed, with other logs"):
            gw.dispatch(build_request("toy", source, logs), context(role="diagnoser"))
    first, second = [json.loads(line) for line in
                     (run_dir / "ledger.jsonl").read_text().splitlines()]
    assert first["cache_write_tokens"] > 0 and first["cache_read_tokens"] == 0
    assert second["cache_read_tokens"] == first["cache_write_tokens"]
    assert second["input_tokens"] < first["cache_write_tokens"] / 10  # only the logs are new


def test_thinking_and_empty_text_blocks_are_never_marked() -> None:
    request = turn_request(1)
    request["messages"].append({"role": "assistant", "content": [
        {"type": "text", "text": "prefill"},
        {"type": "thinking", "thinking": "hm", "signature": "s"},
        {"type": "text", "text": ""}]})
    place_breakpoints(request)
    assert "messages[3][0]" in marked(request)
    assert "cache_control" not in request["messages"][3]["content"][1]
    assert "cache_control" not in request["messages"][3]["content"][2]


# ---- in the gateway: what is forwarded, recorded, and the config ---------------------------


class Capture(ScriptedProvider):
    """A scripted model registered under an Anthropic-format provider's name."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


def forwarded(config: GatewayConfig, run_dir: Path, name: str, role: str = "coding_agent",
              ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request a provider called `name` got for one agent turn, and the one recorded."""
    provider = Capture(name)
    with Gateway(config, run_dir, providers={name: provider}) as gw:
        gw.dispatch(turn_request(1), context(role=role))
    recorded = load_recordings(run_dir / "recordings", "a1")[-1].request
    return provider.calls[-1][0], recorded


@pytest.mark.parametrize("name", ["toy", "anthropic"])
def test_auto_marks_what_goes_to_anthropic_format_providers_not_what_is_recorded(
    name: str, run_dir: Path
) -> None:
    sent, recorded = forwarded(GatewayConfig(provider=name, model="scripted"), run_dir, name)
    assert count_breakpoints(sent) == 4
    assert recorded == turn_request(1)  # the agent's request, as it sent it


def test_off_forwards_the_request_untouched(run_dir: Path) -> None:
    config = GatewayConfig(provider="toy", model="scripted", prompt_cache="off")
    sent, _ = forwarded(config, run_dir, "toy")
    assert sent == {**turn_request(1), "model": "scripted"}


def test_other_providers_get_no_marks(run_dir: Path) -> None:
    sent, _ = forwarded(GatewayConfig(provider="scripted", model="scripted"), run_dir, "scripted")
    assert count_breakpoints(sent) == 0


def test_a_role_overrides_the_gateways_setting(run_dir: Path) -> None:
    config = GatewayConfig.from_dict({"provider": "toy", "model": "scripted",
                                      "prompt_cache": "off",
                                      "roles": {"self_modifier": {"prompt_cache": "auto"}}})
    assert config.route("self_modifier") == Route("toy", "scripted", "auto")
    assert config.prompt_cache_for("coding_agent") == "off"
    sent, _ = forwarded(config, run_dir, "toy", role="self_modifier")
    assert count_breakpoints(sent) == 4
    sent, _ = forwarded(config, run_dir, "toy", role="coding_agent")
    assert count_breakpoints(sent) == 0


def test_prompt_cache_defaults_to_auto() -> None:
    config = GatewayConfig.from_dict({})
    assert config.prompt_cache == "auto"
    assert all(config.prompt_cache_for(r) == "auto" for r in ("diagnoser", "coding_agent"))


@pytest.mark.parametrize(("table", "key"), [
    ({"prompt_cache": "on"}, "gateway.prompt_cache"),
    ({"roles": {"diagnoser": {"prompt_cache": "always"}}}, "gateway.roles.diagnoser.prompt_cache"),
])
def test_a_bad_prompt_cache_names_the_key_and_the_choices(table: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        GatewayConfig.from_dict(table)
    text = str(caught.value)
    assert key in text and "auto, off" in text and "\n" not in text
    assert caught.value.key == key


# ---- prices --------------------------------------------------------------------------------


def test_cache_prices_left_out_are_derived_from_the_input_price() -> None:
    config = GatewayConfig.from_dict({"prices": {
        "m": {"input": 3.0, "output": 15.0},
        "n": {"input": 1.0, "cache_read": 0.0},  # set explicitly: kept
    }})
    assert config.price("m") == Price(input=3.0, output=15.0, cache_read=0.3, cache_write=3.75)
    assert config.price("n") == Price(input=1.0, cache_read=0.0, cache_write=1.25)
    assert config.price("unpriced") == Price()


def test_the_ledger_prices_cache_reads_and_writes_with_their_own_prices(run_dir: Path) -> None:
    config = GatewayConfig.from_dict({"prices": {"toy": {"input": 3.0, "output": 15.0}}})
    with Gateway(config, run_dir, providers={"toy": ToyProvider(0, clock=lambda: 0.0)}) as gw:
        for turns in (1, 2):
            gw.dispatch(turn_request(turns, filler=1500), context())
    entries = [json.loads(line) for line in (run_dir / "ledger.jsonl").read_text().splitlines()]
    assert entries[0]["cache_write_tokens"] > 0 and entries[0]["cache_read_tokens"] == 0
    assert entries[1]["cache_read_tokens"] == entries[0]["cache_write_tokens"]
    price = config.price("toy")
    for entry in entries:
        counts = usage_counts({"input_tokens": entry["input_tokens"],
                               "output_tokens": entry["output_tokens"],
                               "cache_read_input_tokens": entry["cache_read_tokens"],
                               "cache_creation_input_tokens": entry["cache_write_tokens"]})
        assert entry["usd"] == pytest.approx(cost_usd(counts, price))
    second = entries[1]
    by_hand = (second["input_tokens"] * 3.0 + second["output_tokens"] * 15.0
               + second["cache_read_tokens"] * 0.3 + second["cache_write_tokens"] * 3.75) / 1e6
    assert second["usd"] == pytest.approx(by_hand)


def test_cached_tokens_an_openai_server_reports_reach_the_ledger(
    upstream: Callable[..., FakeUpstream], run_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cached(body: dict[str, Any]) -> dict[str, Any]:
        answer = openai_answer(body)
        answer["usage"] = {"prompt_tokens": 1200, "completion_tokens": 30,
                           "prompt_tokens_details": {"cached_tokens": 1024}}
        return answer

    up = upstream(cached)
    monkeypatch.setenv("DGM_TEST_OPENAI_KEY", KEY)
    config = GatewayConfig(
        provider="openai", model=MODEL, prices={MODEL: Price(input=1.0, cache_read=0.1)},
        providers={"openai": ProviderSettings(base_url=up.url + "/v1",
                                              api_key_env="DGM_TEST_OPENAI_KEY")})
    with Gateway(config, run_dir) as gw:
        gw.dispatch(turn_request(1), context())
        totals = gw.usage()
    assert "cache_control" not in json.dumps(up.seen[-1].body)
    entry = json.loads((run_dir / "ledger.jsonl").read_text())
    assert (entry["input_tokens"], entry["cache_read_tokens"], entry["cache_write_tokens"]) == (
        176, 1024, 0)
    assert entry["usd"] == pytest.approx((176 * 1.0 + 1024 * 0.1) / 1e6)
    assert totals.cache_read_tokens == 1024


# ---- replay and reuse do not depend on prompt_cache --------------------------------------


def record_run(run_dir: Path, mode: str) -> list[dict[str, Any]]:
    """Three turns of one attempt on the toy, with `prompt_cache = mode`; the answers."""
    config = GatewayConfig(prompt_cache=mode)
    with Gateway(config, run_dir) as gw:
        return [gw.dispatch(turn_request(t, filler=1500), context()) for t in range(3)]


@pytest.mark.parametrize(("before", "after"), [("auto", "off"), ("off", "auto")])
def test_a_resumed_attempt_reuses_its_recordings_whatever_prompt_cache_says(
    before: str, after: str, run_dir: Path
) -> None:
    answers = record_run(run_dir, before)
    again = record_run(run_dir, after)
    assert [a["id"] for a in again] == [a["id"] for a in answers]
    entries = [json.loads(line) for line in (run_dir / "ledger.jsonl").read_text().splitlines()]
    assert [e["reused"] for e in entries] == [False] * 3 + [True] * 3
    assert not list((run_dir / "recordings" / "a1").glob("abandoned-*"))


@pytest.mark.parametrize("recorded_with", ["auto", "off"])
def test_a_recorded_run_replays_with_prompt_cache_on_or_off(
    recorded_with: str, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    answers = record_run(old, recorded_with)
    for mode in ("auto", "off"):
        config = GatewayConfig(
            provider="replay", model="toy", prompt_cache=mode,
            providers={"replay": ProviderSettings(source=str(old / "recordings"))})
        with Gateway(config, tmp_path / f"replay-{mode}") as gw:
            replayed = [gw.dispatch(turn_request(t, filler=1500), context()) for t in range(3)]
        assert replayed == answers


def test_toy_answers_are_the_same_with_prompt_cache_on_or_off(tmp_path: Path) -> None:
    auto, off = record_run(tmp_path / "auto", "auto"), record_run(tmp_path / "off", "off")
    assert [a["content"] for a in auto] == [a["content"] for a in off]
    assert [a["id"] for a in auto] == [a["id"] for a in off]
    total = [sum(a["usage"][k] for k in ("input_tokens", "cache_read_input_tokens",
                                         "cache_creation_input_tokens")) for a in (*auto, *off)]
    assert total[:3] == total[3:]  # the same input, split differently
    assert sum(a["usage"]["cache_read_input_tokens"] for a in auto) > 0
    assert all(a["usage"]["cache_read_input_tokens"] == 0 for a in off)

