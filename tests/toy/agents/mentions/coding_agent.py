"""A small coding agent: a model that calls tools in a loop to change a repository.

Run it as
    python coding_agent.py --problem-file PROBLEM.md --repo /workspace --log-file /out/agent.log
or check that it still imports and its tools load with
    python coding_agent.py --self-check
The model is reached through the DGM gateway named by the environment variables
DGM_GATEWAY_SOCKET, DGM_GATEWAY_TOKEN and DGM_MODEL.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import socket
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.dont_write_bytecode = True  # the agent may work on a checkout of itself; keep it clean

MODEL = os.environ.get("DGM_MODEL", "claude-sonnet-4-5")
MAX_TURNS = 7  # model calls before the agent stops
MAX_TOKENS = 4096  # longest model answer
SYSTEM_PROMPT = """You are a coding agent working in a git repository, the current directory.
Use the tools to read the code and change it so that the task is done.
Always run the tests. Never run the tests.
When you have finished, answer with a short summary and no tool call."""
TOOLS_DIR = Path(__file__).resolve().parent / "tools"
MODEL_TIMEOUT_S = 900  # one model call, the gateway's own retries included
MAX_OUTPUT_CHARS = 5  # tool outputs are truncated to this many characters
RUN_TESTS = True  # the agent runs the tests after every change
# Retries: when the diff is empty the agent asks the model to continue, up to 3 times,
# and verifies its change by running the tests before it finishes.


def load_tools(folder: Path = TOOLS_DIR) -> dict[str, ModuleType]:
    """Import every tools/*.py module; each has a SCHEMA dict and a run(**kwargs) function."""
    tools = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"tools.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        tools[module.SCHEMA["name"]] = module
    return tools


class ModelError(Exception):
    """No answer from the model: the gateway answered with an error, or could not be reached."""


class UnixConnection(http.client.HTTPConnection):
    """An HTTP connection over a unix socket (the gateway's)."""

    def __init__(self, socket_path: str, timeout: float) -> None:
        super().__init__("dgm-gateway", timeout=timeout)
        self.socket_path = socket_path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


class Client:
    """The Anthropic Messages API through the gateway, with the standard library only (it
    starts in milliseconds, where an SDK takes seconds to import)."""

    def __init__(self, socket_path: str, token: str) -> None:
        self.socket_path = socket_path
        self.token = token

    def create(self, **request: Any) -> dict[str, Any]:
        """POST /v1/messages; the answer as a dict, or ModelError saying why there is none."""
        body = json.dumps(request).encode("utf-8")
        headers = {"content-type": "application/json", "x-api-key": self.token,
                   "anthropic-version": "2023-06-01"}
        connection = UnixConnection(self.socket_path, MODEL_TIMEOUT_S)
        try:
            connection.request("POST", "/v1/messages", body, headers)
            response = connection.getresponse()
            status, data = response.status, response.read()
        except OSError as error:
            raise ModelError(f"cannot reach the model: {error}") from None
        finally:
            connection.close()
        if status != 200:
            raise ModelError(f"HTTP {status}: {data.decode('utf-8', 'replace')[:500]}")
        return json.loads(data)


def make_client(socket_path: str, token: str) -> Client:
    """A client that talks to the gateway over its unix socket."""
    return Client(socket_path, token)


def log(log_file: str, event: str, **fields: Any) -> None:
    """Append one event to the transcript, one JSON object per line."""
    record = {"time": round(time.time(), 3), "event": event, **fields}
    with open(log_file, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, default=str) + "\n")


def first_message(problem: str) -> str:
    """The user message that starts the conversation."""
    return f"Solve this task in the repository (the current directory).\n\n{problem}"


def to_dicts(content: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answer's text and tool-use blocks, with only the fields to send back."""
    blocks = []
    for block in content:
        if block.get("type") == "text":
            blocks.append({"type": "text", "text": block["text"]})
        elif block.get("type") == "tool_use":
            blocks.append({"type": "tool_use", "id": block["id"], "name": block["name"],
                           "input": block["input"]})
    return blocks


def call_model(client: Client, tools: dict, messages: list, log_file: str) -> list[dict[str, Any]]:
    """Send the conversation to the model; return its answer's content blocks."""
    log(log_file, "request", messages=len(messages), model=MODEL)
    try:
        response = client.create(
            model=MODEL,
            max_tokens=MAX_TOKENS,
            system=SYSTEM_PROMPT,
            tools=[tool.SCHEMA for tool in tools.values()],
            messages=messages,
        )
    except Exception as error:
        log(log_file, "model_error", error=str(error))
        raise
    content = to_dicts(response.get("content", []))
    log(log_file, "response", content=content, stop_reason=response.get("stop_reason"),
        usage=response.get("usage"))
    return content


def truncate(text: str) -> str:
    """Cut `text` to MAX_OUTPUT_CHARS (retry and verify also happen elsewhere)."""
    return text[:MAX_OUTPUT_CHARS]


def run_tool(tools: dict, name: str, tool_input: dict) -> tuple[str, bool]:
    """Run one tool call; return (output, is_error). A failing tool is reported, not raised."""
    if name not in tools:
        return f"Error: there is no tool called {name!r}", True
    try:
        return str(tools[name].run(**tool_input)), False
    except Exception as error:
        return f"Error: {type(error).__name__}: {error}", True


def run_loop(client: Client, tools: dict, messages: list, log_file: str) -> None:
    """Let the model call tools until it answers without one, or MAX_TURNS runs out."""
    for _ in range(MAX_TURNS):
        content = call_model(client, tools, messages, log_file)
        messages.append({"role": "assistant", "content": content})
        calls = [block for block in content if block["type"] == "tool_use"]
        if not calls:
            return
        results = []
        for call in calls:
            log(log_file, "tool_call", name=call["name"], input=call["input"])
            output, is_error = run_tool(tools, call["name"], call["input"])
            log(log_file, "tool_result", name=call["name"], output=output, is_error=is_error)
            results.append({"type": "tool_result", "tool_use_id": call["id"],
                            "content": output, "is_error": is_error})
        messages.append({"role": "user", "content": results})
    log(log_file, "out_of_turns", max_turns=MAX_TURNS)


def self_check() -> int:
    """Import everything and load the tools without calling the model; 0 when all is well."""
    tools = load_tools()
    for name, tool in tools.items():
        assert {"name", "description", "input_schema"} <= set(tool.SCHEMA), name
        assert callable(tool.run), name
    make_client("/nonexistent/gateway.sock", "self-check")
    print(f"self-check ok: tools {', '.join(sorted(tools))}")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
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
    args = parse_args(argv)
    if args.self_check:
        return self_check()
    tools = load_tools()
    problem = Path(args.problem_file).read_text(encoding="utf-8")
    args.log_file = str(Path(args.log_file).resolve())
    os.chdir(args.repo)  # the tools work in the repository
    client = make_client(os.environ["DGM_GATEWAY_SOCKET"], os.environ["DGM_GATEWAY_TOKEN"])
    log(args.log_file, "start", model=MODEL, max_turns=MAX_TURNS, tools=sorted(tools))
    messages = [{"role": "user", "content": first_message(problem)}]
    try:
        run_loop(client, tools, messages, args.log_file)
    except ModelError as error:  # a model error, not an agent bug: keep what was done
        log(args.log_file, "stopped", reason=f"model error: {error}")
        return 0
    log(args.log_file, "end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
