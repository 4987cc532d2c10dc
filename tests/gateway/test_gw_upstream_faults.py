"""The anthropic and openai providers against a faulty fake upstream on loopback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anthropic
import pytest
from gw_fakes import USER, FakeUpstream, context, drop, reply, sdk_client, slow

from dgm.gateway import Gateway, GatewayConfig, Price, ProviderSettings, Retry
from ground.errors import GatewayError

KEY = "sk-test-SECRET-key-0123456789abcdef"
MODEL = "model-under-test"


def anthropic_answer(body: dict[str, Any]) -> dict[str, Any]:
    """What the real Messages API would answer."""
    return {"id": "msg_up", "type": "message", "role": "assistant", "model": body["model"],
            "content": [{"type": "text", "text": "from upstream"}], "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 1000, "output_tokens": 200,
                      "cache_read_input_tokens": 5000, "cache_creation_input_tokens": 300}}


def openai_answer(body: dict[str, Any]) -> dict[str, Any]:
    """What a chat-completions server would answer."""
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "from upstream"}}],
            "usage": {"prompt_tokens": 6000, "completion_tokens": 200,
                      "prompt_tokens_details": {"cached_tokens": 5000}}}


PROVIDERS: dict[str, tuple[Callable[[dict[str, Any]], Any], str, str]] = {
    # name: (answer, path the provider posts to, env var of its key)
    "anthropic": (anthropic_answer, "/v1/messages", "ANTHROPIC_API_KEY"),
    "openai": (openai_answer, "/v1/chat/completions", "DGM_TEST_OPENAI_KEY"),
}


def error_body(message: str) -> dict[str, Any]:
    """An upstream error body."""
    return {"type": "error", "error": {"type": "api_error", "message": message}}


@pytest.fixture(params=sorted(PROVIDERS))
def setup(request: pytest.FixtureRequest, upstream: Callable[..., FakeUpstream],
          monkeypatch: pytest.MonkeyPatch) -> tuple[str, FakeUpstream, GatewayConfig]:
    """(provider name, its fake upstream, a config pointing at it with quick retries)."""
    name = request.param
    answer, _, key_env = PROVIDERS[name]
    monkeypatch.setenv(key_env, KEY)
    up = upstream(answer)
    base = up.url + ("/v1" if name == "openai" else "")
    config = GatewayConfig(
        provider=name, model=MODEL,
        providers={name: ProviderSettings(base_url=base, api_key_env=key_env, timeout_s=0.5,
                                          concurrency=2)},
        prices={MODEL: Price(input=3.0, output=15.0, cache_read=0.3, cache_write=3.75)},
        retry=Retry(max_retries=3, backoff_base_s=0.01, backoff_max_s=0.05, max_retry_after_s=5),
    )
    return name, up, config


def ask(gw: Gateway, **kw: Any) -> Any:
    """One SDK call over the unix socket, as an agent makes it."""
    client = sdk_client(gw, gw.issue_token(context()))
    return client.messages.create(model="whatever", max_tokens=64, messages=USER, **kw)


def ledger(run_dir: Path) -> list[dict[str, Any]]:
    """The ledger's entries."""
    return [json.loads(line) for line in (run_dir / "ledger.jsonl").read_text().splitlines()]


def test_plain_call_is_translated_metered_and_priced(setup: Any, run_dir: Path) -> None:
    name, up, config = setup
    with Gateway(config, run_dir) as gw:
        answer = ask(gw, system="Be brief.")
    assert answer.content[0].text == "from upstream"
    seen = up.seen[0]
    assert seen.path == PROVIDERS[name][1]
    assert seen.body["model"] == MODEL and "stream" not in seen.body
    if name == "anthropic":
        assert seen.headers["x-api-key"] == KEY
        # prompt_cache = "auto" (the default): the system prompt goes as a block marked for
        # the cache; the OpenAI format below gets no marks.
        assert seen.body["system"] == [{"type": "text", "text": "Be brief.",
                                        "cache_control": {"type": "ephemeral"}}]
    else:
        assert seen.headers["authorization"] == f"Bearer {KEY}"
        assert seen.body["messages"][0] == {"role": "system", "content": "Be brief."}
    entry = ledger(run_dir)[0]
    assert (entry["input_tokens"], entry["output_tokens"], entry["cache_read_tokens"]) == (
        1000, 200, 5000)
    write = 300 if name == "anthropic" else 0
    assert entry["cache_write_tokens"] == write
    expected = (1000 * 3.0 + 200 * 15.0 + 5000 * 0.3 + write * 3.75) / 1e6
    assert entry["usd"] == pytest.approx(expected)
    assert (entry["provider"], entry["model"], entry["role"]) == (name, MODEL, "coding_agent")


def test_429_waits_for_retry_after_then_succeeds(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(429, error_body("slow down"), retry_after="1")]
    with Gateway(config, run_dir) as gw:
        assert ask(gw).content[0].text == "from upstream"
    assert len(up.seen) == 2
    assert up.seen[1].at - up.seen[0].at >= 0.95  # honoured the provider's retry-after
    assert ledger(run_dir)[0]["retries"] == 1


def test_5xx_timeouts_and_dropped_connections_are_retried(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(500, error_body("oops")), slow(1.5), drop()]
    with Gateway(config, run_dir) as gw:
        assert ask(gw).content[0].text == "from upstream"
    assert len(up.seen) == 4
    entry = ledger(run_dir)[0]
    assert (entry["status"], entry["retries"]) == (200, 3)


def test_other_4xx_is_not_retried(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(400, error_body("prompt is too long"))]
    with Gateway(config, run_dir) as gw, pytest.raises(anthropic.BadRequestError) as caught:
        ask(gw)
    assert "prompt is too long" in str(caught.value)
    assert len(up.seen) == 1
    assert ledger(run_dir)[0]["status"] == 400


def test_persistent_faults_surface_after_the_retries(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(503, error_body("down"))] * 4
    with Gateway(config, run_dir) as gw, pytest.raises(anthropic.InternalServerError) as caught:
        ask(gw)
    assert caught.value.status_code == 503
    assert len(up.seen) == 4  # one try and max_retries=3 retries, and the SDK did not retry
    entry = ledger(run_dir)[0]
    assert (entry["status"], entry["retries"], entry["usd"]) == (503, 3, 0.0)


def test_all_timeouts_surface_as_504(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    config.retry.max_retries = 1
    up.steps = [slow(1.5), slow(1.5)]
    with Gateway(config, run_dir) as gw, pytest.raises(anthropic.APIStatusError) as caught:
        ask(gw)
    assert caught.value.status_code == 504
    assert "timed out" in str(caught.value)


def test_a_retry_after_too_long_is_surfaced_at_once(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(429, error_body("quota"), retry_after="3600")]
    with Gateway(config, run_dir) as gw, pytest.raises(anthropic.RateLimitError):
        ask(gw)
    assert len(up.seen) == 1


def test_concurrency_limit_per_provider(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.delay = 0.1
    with Gateway(config, run_dir) as gw:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(8) as pool:
            texts = list(pool.map(lambda _: ask(gw).content[0].text, range(8)))
    assert texts == ["from upstream"] * 8
    assert up.max_in_flight == 2


def test_the_key_is_nowhere_in_ledger_or_recordings(setup: Any, run_dir: Path) -> None:
    _, up, config = setup
    up.steps = [reply(401, error_body(f"invalid x-api-key {KEY}"))]
    with Gateway(config, run_dir) as gw:
        token = gw.issue_token(context())
        client = sdk_client(gw, token)
        with pytest.raises(anthropic.AuthenticationError) as caught:
            client.messages.create(model="m", max_tokens=5, messages=USER)
        assert KEY not in str(caught.value)  # the agent never reads the key in an error
        leak = [{"role": "user", "content": f"my token is {token}, key {KEY}"}]
        client.messages.create(model="m", max_tokens=5, messages=leak)
    written = [p for p in run_dir.rglob("*") if p.is_file()]
    assert len(written) == 3  # the ledger and two recordings
    for path in written:
        text = path.read_text()
        assert KEY not in text and token not in text
    assert "[redacted]" in (run_dir / "recordings" / "a1" / "000001.json").read_text()


def test_missing_anthropic_key_fails_at_start(
    run_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    config = GatewayConfig(provider="anthropic", model=MODEL, prices={MODEL: Price()})
    with pytest.raises(GatewayError, match="ANTHROPIC_API_KEY"):
        Gateway(config, run_dir).start()


def test_openai_tool_calls_reach_the_sdk_as_tool_use(
    run_dir: Path, upstream: Callable[..., FakeUpstream], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)  # a local server needs no key
    up = upstream(lambda body: {"id": "c", "model": body["model"], "choices": [{
        "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
        "tool_calls": [{"id": "call_7", "type": "function",
                        "function": {"name": "bash", "arguments": '{"command": "ls"}'}}]}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 4}})
    config = GatewayConfig(provider="openai", model=MODEL, prices={MODEL: Price()},
                           providers={"openai": ProviderSettings(base_url=up.url + "/v1")})
    tools = [{"name": "bash", "description": "Run.", "input_schema": {"type": "object"}}]
    with Gateway(config, run_dir) as gw:
        answer = ask(gw, tools=tools)
    assert answer.stop_reason == "tool_use"
    block = answer.content[0]
    assert (block.type, block.id, block.name, block.input) == ("tool_use", "call_7", "bash",
                                                               {"command": "ls"})
    assert up.seen[0].body["tools"][0]["function"]["name"] == "bash"
    assert "authorization" not in up.seen[0].headers
