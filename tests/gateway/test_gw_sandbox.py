"""The real SDK inside a sandbox reaches the gateway over the mounted socket; no key inside."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gw_fakes import FakeUpstream, ScriptedProvider, context, message, scripted_config

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig, Price, ProviderSettings

pytestmark = pytest.mark.docker

# An agent's first steps, as a script run inside the sandbox: one tool-use round trip.
AGENT = r"""
import json, os, subprocess
import anthropic
try:  # the SDK's own HTTP library: httpx2 for anthropic 2.x, httpx before
    import httpx2 as httpx
except ImportError:
    import httpx
http = httpx.Client(transport=httpx.HTTPTransport(uds=os.environ["DGM_GATEWAY_SOCKET"]))
client = anthropic.Anthropic(base_url="http://dgm-gateway", api_key=os.environ["DGM_GATEWAY_TOKEN"],
                             http_client=http)
tools = [{"name": "bash", "description": "Run a command.",
          "input_schema": {"type": "object", "properties": {"command": {"type": "string"}},
                           "required": ["command"]}}]
messages = [{"role": "user", "content": "What is the kernel name?"}]
first = client.messages.create(model=os.environ["DGM_MODEL"], max_tokens=200, tools=tools,
                               system=[{"type": "text", "text": "Use tools.",
                                        "cache_control": {"type": "ephemeral"}}],
                               messages=messages)
call = next(b for b in first.content if b.type == "tool_use")
out = subprocess.run(call.input["command"], shell=True, capture_output=True, text=True).stdout
blocks = [b.model_dump(exclude_none=True) for b in first.content]
messages += [{"role": "assistant", "content": blocks},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id,
                                           "content": out.strip()}]}]
final = client.messages.create(model=os.environ["DGM_MODEL"], max_tokens=200, tools=tools,
                               messages=messages)
print(json.dumps({"stop": first.stop_reason, "tool": call.input, "final": final.content[0].text}))
"""


def bash_then_echo(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Ask to run `uname -s`, then repeat the tool's output."""
    last = request["messages"][-1]["content"]
    if isinstance(last, list) and last[0].get("type") == "tool_result":
        return message(f"kernel: {last[0]['content']}")
    return message("running it", tool={"name": "bash", "input": {"command": "uname -s"}})


def run_in_sandbox(gw: Gateway, token: str, cmd: list[str]) -> Any:
    """Run `cmd` in a fresh sandbox that mounts the gateway's socket dir at /dgm."""
    from sandbox import Mount, SandboxConfig, ensure_image, open_sandbox

    assert gw.socket_dir is not None
    mounts = [Mount(host=gw.socket_dir, container="/dgm", read_only=True)]
    with open_sandbox(SandboxConfig(), image=ensure_image(), mounts=mounts, run_id="gw-test",
                      labels={"dgm.role": "test"}) as sb:
        return sb.exec(cmd, timeout=120, env=gw.sandbox_env(token))


def test_sdk_in_a_sandbox_uses_tools_through_the_mounted_socket(run_dir: Path) -> None:
    provider = ScriptedProvider(bash_then_echo)
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        token = gw.issue_token(context(attempt="box-1"))
        result = run_in_sandbox(gw, token, ["python", "-c", AGENT])
        usage = gw.usage(attempt_id="box-1")
    assert result.exit_code == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"stop": "tool_use", "tool": {"command": "uname -s"}, "final": "kernel: Linux"}
    first, _ = provider.calls[0]
    assert first["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert usage.calls == 2


SENTINEL = "sk-ant-SENTINEL-7f3a9c1e5b2d4086"

LOOK_FOR_KEY = r"""
set -u
key="$1$2"  # passed in two halves, so the whole string is not even in this process's argv
# grep's exit status is 2 when some file is unreadable, even on a match: look at its output.
env | grep -F -- "$key" | sed 's/^/FOUND in env: /'
cat /proc/1/environ /proc/self/environ 2>/dev/null | tr '\0' '\n' | grep -F -- "$key" \
    | sed 's/^/FOUND in proc: /'
grep -r -F -l -s -D skip --exclude-dir=proc --exclude-dir=sys --exclude-dir=dev -- "$key" / \
    | sed 's/^/FOUND in files: /'
python - <<'EOF'
import os, anthropic
try:
    import httpx2 as httpx
except ImportError:
    import httpx
http = httpx.Client(transport=httpx.HTTPTransport(uds=os.environ["DGM_GATEWAY_SOCKET"]))
c = anthropic.Anthropic(base_url="http://dgm-gateway", api_key=os.environ["DGM_GATEWAY_TOKEN"],
                        http_client=http)
m = c.messages.create(model=os.environ["DGM_MODEL"], max_tokens=10,
                      messages=[{"role": "user", "content": "hi"}])
print("answer:", m.content[0].text, m.model_dump_json())
EOF
echo "searched"
"""


def test_the_key_is_nowhere_in_the_sandbox(
    run_dir: Path, upstream: Callable[..., FakeUpstream], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", SENTINEL)
    up = upstream(lambda body: {
        "id": "msg_1", "type": "message", "role": "assistant", "model": body["model"],
        "content": [{"type": "text", "text": "hello from upstream"}], "stop_reason": "end_turn",
        "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 3}})
    config = GatewayConfig(provider="anthropic", model="claude-x", prices={"claude-x": Price()},
                           providers={"anthropic": ProviderSettings(base_url=up.url)})
    with Gateway(config, run_dir) as gw:
        token = gw.issue_token(context(attempt="box-2"))
        assert SENTINEL not in json.dumps(gw.sandbox_env(token))
        halves = [SENTINEL[:12], SENTINEL[12:]]
        result = run_in_sandbox(gw, token, ["bash", "-c", LOOK_FOR_KEY, "look", *halves])
    assert result.exit_code == 0, result.stderr
    assert "searched" in result.stdout and "FOUND" not in result.stdout
    assert "answer: hello from upstream" in result.stdout
    assert SENTINEL not in result.stdout + result.stderr
    assert up.seen[0].headers["x-api-key"] == SENTINEL  # the gateway did use the key, on the host
    for path in run_dir.rglob("*"):
        if path.is_file():
            assert SENTINEL not in path.read_text()
