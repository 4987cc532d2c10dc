"""Fixture agent: a language model working through plugins, round after round, on a git tree.

Same behaviour as tests/toy/agents/base with other words and names: thirty calls at most,
outputs shortened to their first and last 4000 characters, two nudges when nothing changed and
one pass of the test suite whose red output is handed back.

Usage:
    python coding_agent.py --problem-file TASK.md --repo /workspace --log-file /out/agent.log
    python coding_agent.py --self-check
Gateway: DGM_GATEWAY_SOCKET, DGM_GATEWAY_TOKEN, DGM_MODEL.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.dont_write_bytecode = True  # no .pyc files in the tree

MODEL = os.environ.get("DGM_MODEL", "claude-sonnet-4-5")
TURN_BUDGET = 30  # model calls before the agent stops
ANSWER_TOKENS = 4096  # longest model answer
INSTRUCTIONS = """Act as a software engineer inside a checked-out project (your working folder).
Inspect and modify the sources with the plugins until the request is fulfilled, then reply
with a brief recap and without calling any plugin."""
PLUGIN_FOLDER = Path(__file__).resolve().parent / "tools"
CALL_DEADLINE_S = 900  # includes gateway-side retrying
OUTPUT_CAP = 8000  # a longer tool output keeps its head and tail
NUDGES = 2  # times the model is asked to go on when it stopped without a change
CHECK_PASSES = 1  # times failing tests after a change go back to the model
SUITE_CMD = "python -m pytest -q -p no:cacheprovider 2>&1"
NUDGE_TEXT = "No file differs from the last commit so far; keep working on the request."
RED_SUITE_TEXT = "Your modification leaves the suite red:\n\n"


def discover_plugins(folder: Path = PLUGIN_FOLDER) -> dict[str, ModuleType]:
    """Import every plugins/*.py module; each has a SCHEMA dict and a run(**kwargs) function."""
    plugins = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"tools.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        plugins[module.SCHEMA["name"]] = module
    return plugins


class NoAnswer(Exception):
    """No answer from the model: the gateway answered with an error, or could not be reached."""


class SocketHTTP(http.client.HTTPConnection):
    """An HTTP connection over a unix socket (the gateway's)."""

    def __init__(self, socket_path: str, timeout: float) -> None:
        super().__init__("dgm-gateway", timeout=timeout)
        self.socket_path = socket_path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


class GatewayLink:
    """The Anthropic Messages API through the gateway, with the standard library only (it
    starts in milliseconds, where an SDK takes seconds to import)."""

    def __init__(self, socket_path: str, token: str) -> None:
        self.socket_path = socket_path
        self.token = token

    def create(self, **request: Any) -> dict[str, Any]:
        """POST /v1/messages; the answer as a dict, or NoAnswer saying why there is none."""
        body = json.dumps(request).encode("utf-8")
        headers = {"content-type": "application/json", "x-api-key": self.token,
                   "anthropic-version": "2023-06-01"}
        connection = SocketHTTP(self.socket_path, CALL_DEADLINE_S)
        try:
            connection.request("POST", "/v1/messages", body, headers)
            response = connection.getresponse()
            status, data = response.status, response.read()
        except OSError as error:
            raise NoAnswer(f"cannot reach the model: {error}") from None
        finally:
            connection.close()
        if status != 200:
            raise NoAnswer(f"HTTP {status}: {data.decode('utf-8', 'replace')[:500]}")
        return json.loads(data)


def open_gateway(socket_path: str, token: str) -> GatewayLink:
    """A client that talks to the gateway over its unix socket."""
    return GatewayLink(socket_path, token)


def shorten(text: str) -> str:
    """`text`, or its head and tail when it is longer than OUTPUT_CAP."""
    if len(text) <= OUTPUT_CAP:
        return text
    half = OUTPUT_CAP // 2
    return f"{text[:half]}\n[... {len(text) - OUTPUT_CAP} characters cut ...]\n{text[-half:]}"


def tree_dirty() -> bool:
    """Whether the working tree differs from HEAD (untracked files included)."""
    done = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True)
    return bool(done.stdout.strip())


def red_suite() -> str | None:
    """The output of the repository's tests when they fail, else None."""
    done = subprocess.run(["bash", "-c", SUITE_CMD], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    output = f"{done.stdout.decode(errors='replace')}\n[exit code {done.returncode}]"
    return output if done.returncode else None


def log(journal: str, event: str, **fields: Any) -> None:
    """Append one event to the transcript, one JSON object per line."""
    record = {"time": round(time.time(), 3), "event": event, **fields}
    with open(journal, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, default=str) + "\n")


def opening_text(problem: str) -> str:
    """First user turn."""
    return f"Here is a request for the project in your working folder.\n\n{problem}"


def plain_blocks(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Text and tool calls of an answer, stripped to what goes back in the history."""
    kept = []
    for item in raw:
        if item.get("type") == "tool_use":
            kept.append({"type": "tool_use", "id": item["id"], "name": item["name"],
                         "input": item["input"]})
        elif item.get("type") == "text":
            kept.append({"type": "text", "text": item["text"]})
    return kept


def ask(client: GatewayLink, plugins: dict, history: list, journal: str) -> list[dict[str, Any]]:
    """Send the conversation to the model; the blocks it answers with."""
    log(journal, "request", history=len(history), model=MODEL)
    try:
        response = client.create(
            model=MODEL,
            max_tokens=ANSWER_TOKENS,
            system=INSTRUCTIONS,
            tools=[tool.SCHEMA for tool in plugins.values()],
            messages=history,
        )
    except Exception as error:
        log(journal, "model_error", error=str(error))
        raise
    blocks = plain_blocks(response.get("content", []))
    log(journal, "response", blocks=blocks, stop_reason=response.get("stop_reason"),
        usage=response.get("usage"))
    return blocks


def invoke(plugins: dict, name: str, tool_input: dict) -> tuple[str, bool]:
    """Run one tool call; return (output, is_error). A failing tool is reported, not raised."""
    if name not in plugins:
        return f"Error: there is no tool called {name!r}", True
    try:
        return str(plugins[name].run(**tool_input)), False
    except Exception as error:
        return f"Error: {type(error).__name__}: {error}", True


def converse(client: GatewayLink, plugins: dict, history: list, journal: str) -> bool:
    """Let the model call plugins until it answers without one (True), or TURN_BUDGET runs out."""
    for _ in range(TURN_BUDGET):
        blocks = ask(client, plugins, history, journal)
        history.append({"role": "assistant", "content": blocks})
        calls = [block for block in blocks if block["type"] == "tool_use"]
        if not calls:
            return True
        results = []
        for call in calls:
            log(journal, "tool_call", name=call["name"], input=call["input"])
            output, is_error = invoke(plugins, call["name"], call["input"])
            output = shorten(output)
            log(journal, "tool_result", name=call["name"], output=output, is_error=is_error)
            results.append({"type": "tool_result", "tool_use_id": call["id"],
                            "content": output, "is_error": is_error})
        history.append({"role": "user", "content": results})
    log(journal, "out_of_turns", max_turns=TURN_BUDGET)
    return False


def next_nudge(nudges_left: int, passes_left: int) -> tuple[str | None, int, int]:
    """The next note for a model that stopped, with the nudges and suite passes remaining."""
    if not tree_dirty():
        if not nudges_left:
            return None, nudges_left, passes_left
        return NUDGE_TEXT, nudges_left - 1, passes_left
    if not passes_left:
        return None, nudges_left, passes_left
    failures = red_suite()
    return (RED_SUITE_TEXT + failures if failures else None), nudges_left, passes_left - 1


def drive(client: GatewayLink, plugins: dict, history: list, journal: str) -> None:
    """The tool-use loop, resumed with a retry or the test failures while there are some."""
    nudges_left, passes_left = NUDGES, CHECK_PASSES
    while converse(client, plugins, history, journal):
        note, nudges_left, passes_left = next_nudge(nudges_left, passes_left)
        if note is None:
            return
        log(journal, "follow_up", text=note[:200])
        history.append({"role": "user", "content": note})


def smoke() -> int:
    """Import everything and load the plugins without calling the model; 0 when all is well."""
    plugins = discover_plugins()
    for name, tool in plugins.items():
        assert {"name", "description", "input_schema"} <= set(tool.SCHEMA), name
        assert callable(tool.run), name
    open_gateway("/nonexistent/gateway.sock", "self-check")
    print(f"self-check ok: plugins {', '.join(sorted(plugins))}")
    return 0


def read_cli(argv: list[str] | None) -> argparse.Namespace:
    """The agent contract's command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problem-file", help="file with the task to solve")
    parser.add_argument("--repo", help="the git repository to change")
    parser.add_argument("--log-file", help="where the transcript goes (JSON lines)")
    parser.add_argument("--self-check", action="store_true", help="check imports and tools")
    args = parser.parse_args(argv)
    if not args.self_check and not (args.problem_file and args.repo and args.log_file):
        parser.error("--problem-file, --repo and --log-file are required")
    return args


def main(argv: list[str] | None = None) -> int:
    """Solve the problem in the repository, writing the transcript to the log file."""
    args = read_cli(argv)
    if args.self_check:
        return smoke()
    plugins = discover_plugins()
    problem = Path(args.problem_file).read_text(encoding="utf-8")
    args.log_file = str(Path(args.log_file).resolve())
    os.chdir(args.repo)  # the plugins drive in the repository
    client = open_gateway(os.environ["DGM_GATEWAY_SOCKET"], os.environ["DGM_GATEWAY_TOKEN"])
    log(args.log_file, "start", model=MODEL, max_turns=TURN_BUDGET, plugins=sorted(plugins))
    history = [{"role": "user", "content": opening_text(problem)}]
    try:
        drive(client, plugins, history, args.log_file)
    except NoAnswer as error:  # a model error, not an agent bug: keep what was done
        log(args.log_file, "stopped", reason=f"model error: {error}")
        return 0
    log(args.log_file, "end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
