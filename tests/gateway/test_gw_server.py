"""The gateway as the official SDK sees it: unix socket, TCP, tool use, errors, concurrency."""

from __future__ import annotations

import json
import socket
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anthropic
import httpx
import pytest
from gw_fakes import USER, ScriptedProvider, context, message, scripted_config, sdk_client

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, ProviderError

TOOLS = [{
    "name": "bash",
    "description": "Run a shell command.",
    "input_schema": {"type": "object", "properties": {"command": {"type": "string"}},
                     "required": ["command"]},
}]


def tool_then_text(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Ask for `ls` first; once a tool result is in the conversation, answer with its text."""
    last = request["messages"][-1]["content"]
    if isinstance(last, list) and last[0].get("type") == "tool_result":
        return message(f"the tool said: {last[0]['content']}")
    return message("let me look", tool={"id": "toolu_9", "name": "bash",
                                        "input": {"command": "ls"}})


@pytest.mark.parametrize("via", ["unix", "tcp"])
def test_sdk_tool_use_round_trip(run_dir: Path, via: str) -> None:
    provider = ScriptedProvider(tool_then_text)
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context()), via=via)
        cache = {"type": "ephemeral"}
        system = [{"type": "text", "text": "You are terse.", "cache_control": cache}]
        first = client.messages.create(model="anything", max_tokens=100, system=system,
                                       tools=TOOLS, messages=USER)
        assert first.stop_reason == "tool_use"
        call = first.content[1]
        assert (call.type, call.name, call.input) == ("tool_use", "bash", {"command": "ls"})
        history = [*USER, {"role": "assistant", "content": [b.model_dump(exclude_none=True)
                                                            for b in first.content]},
                   {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id,
                                                 "content": "README.md"}]}]
        second = client.messages.create(model="anything", max_tokens=100, system=system,
                                        tools=TOOLS, messages=history)
    assert second.content[0].text == "the tool said: README.md"
    sent, ctx = provider.calls[0]
    assert sent["model"] == "scripted"  # the gateway routes by role, whatever the agent names
    assert sent["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert sent["tools"] == TOOLS
    assert (ctx.run_id, ctx.attempt_id, ctx.role) == ("r1", "a1", "coding_agent")


def test_sdk_stream_gets_the_same_message(run_dir: Path) -> None:
    provider = ScriptedProvider(tool_then_text)
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context()))
        with client.messages.stream(model="m", max_tokens=50, tools=TOOLS, messages=USER) as s:
            final = s.get_final_message()
    assert [b.type for b in final.content] == ["text", "tool_use"]
    assert final.content[1].input == {"command": "ls"}
    assert final.usage.output_tokens == 20


def test_unknown_token_is_401_in_anthropic_shape(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider()}) as gw:
        gw.issue_token(context())
        with pytest.raises(anthropic.AuthenticationError) as caught:
            sdk_client(gw, "dgm-not-a-token").messages.create(
                model="m", max_tokens=5, messages=USER)
        raw = httpx.post(f"{gw.tcp_url}/v1/messages", json={"max_tokens": 5, "messages": USER})
    assert caught.value.status_code == 401
    assert raw.status_code == 401
    assert raw.json()["type"] == "error"
    assert raw.json()["error"]["type"] == "authentication_error"


def test_bearer_token_and_bad_requests(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider()}) as gw:
        auth = {"authorization": f"Bearer {gw.issue_token(context())}"}
        ok = httpx.post(f"{gw.tcp_url}/v1/messages", headers=auth,
                        json={"max_tokens": 5, "messages": USER})
        no_max = httpx.post(f"{gw.tcp_url}/v1/messages", headers=auth, json={"messages": USER})
        not_json = httpx.post(f"{gw.tcp_url}/v1/messages", headers=auth, content=b"{nope")
        elsewhere = httpx.post(f"{gw.tcp_url}/v1/complete", headers=auth, json={})
    assert ok.status_code == 200 and ok.json()["type"] == "message"
    assert no_max.status_code == 400 and "max_tokens" in no_max.json()["error"]["message"]
    assert not_json.status_code == 400
    assert not_json.json()["error"]["type"] == "invalid_request_error"
    assert elsewhere.status_code == 404


def test_provider_error_reaches_the_sdk_once(run_dir: Path) -> None:
    def too_long(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise ProviderError(400, "prompt is too long: 300000 tokens > 200000 maximum")

    provider = ScriptedProvider(too_long)
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context()))
        client.max_retries = 3
        with pytest.raises(anthropic.BadRequestError, match="prompt is too long"):
            client.messages.create(model="m", max_tokens=5, messages=USER)
    assert len(provider.calls) == 1


def test_a_crashing_provider_answers_500_and_the_server_lives(run_dir: Path) -> None:
    def crash(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if len(request["messages"]) == 1:
            raise KeyError("boom")
        return message("fine")

    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider(crash)}) as gw:
        client = sdk_client(gw, gw.issue_token(context()))
        with pytest.raises(anthropic.InternalServerError, match="KeyError"):
            client.messages.create(model="m", max_tokens=5, messages=USER)
        two = [*USER, {"role": "assistant", "content": "hi"}, *USER]
        again = client.messages.create(model="m", max_tokens=5, messages=two)
    assert again.content[0].text == "fine"


def test_socket_dir_is_private_and_socket_world_writable(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider()}) as gw:
        folder = gw.socket_dir
        assert folder is not None
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755
        assert stat.S_IMODE(gw.socket_path.stat().st_mode) == 0o666
        assert stat.S_ISSOCK(gw.socket_path.stat().st_mode)
        env = gw.sandbox_env(gw.issue_token(context()))
        assert set(env) == {"DGM_GATEWAY_SOCKET", "DGM_GATEWAY_TOKEN", "DGM_MODEL"}
        assert env["DGM_GATEWAY_SOCKET"] == "/dgm/gateway.sock"
        assert env["DGM_MODEL"] == "scripted"
        socket_path = gw.socket_path
    assert not folder.exists()
    with pytest.raises(OSError), socket.socket(socket.AF_UNIX) as s:
        s.connect(str(socket_path))


def test_32_concurrent_clients_all_answered_and_metered(run_dir: Path) -> None:
    provider = ScriptedProvider()
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        tokens = [gw.issue_token(context(attempt=f"a{i}")) for i in range(32)]

        def client_run(token: str) -> list[str]:
            client = sdk_client(gw, token, via="unix")
            return [client.messages.create(model="m", max_tokens=5, messages=USER).content[0].text
                    for _ in range(5)]

        with ThreadPoolExecutor(32) as pool:
            answers = list(pool.map(client_run, tokens))
        totals = gw.usage()
    assert all(a == ["n=1"] * 5 for a in answers)
    assert totals.calls == 32 * 5
    lines = (run_dir / "ledger.jsonl").read_text().splitlines()
    assert len(lines) == 160 and all(json.loads(line)["status"] == 200 for line in lines)
    assert len(list((run_dir / "recordings").glob("*/*.json"))) == 160


def test_host_side_complete_is_metered_and_recorded_like_http(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider()}) as gw:
        token = gw.issue_token(context(attempt="diag-1", role="diagnoser"))
        answer = gw.complete({"max_tokens": 10, "messages": USER}, token)
        sdk_client(gw, token, via="tcp").messages.create(model="m", max_tokens=10, messages=USER)
        assert gw.usage(attempt_id="diag-1").calls == 2
        with pytest.raises(ProviderError) as caught:
            gw.complete({"max_tokens": 10, "messages": USER}, "dgm-bogus")
    assert answer["content"][0]["text"] == "n=1"
    assert caught.value.status == 401
    recorded = sorted((run_dir / "recordings" / "diag-1").glob("*.json"))
    assert [p.name for p in recorded] == ["000000.json", "000001.json"]
    assert json.loads(recorded[0].read_text())["role"] == "diagnoser"


def test_revoked_token_is_refused(run_dir: Path) -> None:
    with Gateway(scripted_config(), run_dir, providers={"scripted": ScriptedProvider()}) as gw:
        token = gw.issue_token(context())
        gw.revoke_token(token)
        with pytest.raises(anthropic.AuthenticationError):
            sdk_client(gw, token).messages.create(model="m", max_tokens=5, messages=USER)
