"""Test fakes for the toy: a stand-in gateway on a unix socket, synthetic tasks, agent runs.

The stand-in gateway is a test fake (the real one is dgm.gateway): it maps the
bearer token to a fixed CallContext and answers POST /v1/messages with a
ToyProvider. Agents run on the host here only because both the agent and the
simulated model are this project's own code and the repositories are tmp dirs.
"""

from __future__ import annotations

import json
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from dgm.evolution.protocols import CallContext
from dgm.toy import ToyProvider
from dgm.toy.coder import CodingPlan, plan_for

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "agents_archive" / "seed"


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


class FakeGateway:
    """A minimal Messages endpoint on a unix socket, forwarding to a ToyProvider."""

    def __init__(self, provider: ToyProvider) -> None:
        self.provider = provider
        self.contexts: dict[str, CallContext] = {}
        self.exchanges: list[tuple[str, dict[str, Any], int]] = []  # (token, request, status)
        self.dir = Path(tempfile.mkdtemp(prefix="dgm-fgw-"))  # short: socket paths are limited
        self.socket = str(self.dir / "gw.sock")

    def __enter__(self) -> FakeGateway:
        self.server = _Server(self.socket, self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def issue(self, context: CallContext) -> str:
        """A token bound to `context`."""
        token = f"tok-{len(self.contexts)}"
        self.contexts[token] = context
        return token

    def env(self, token: str) -> dict[str, str]:
        """The environment an agent needs to reach this gateway."""
        return {"DGM_GATEWAY_SOCKET": self.socket, "DGM_GATEWAY_TOKEN": token, "DGM_MODEL": "toy"}

    def answer(self, token: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Status and body for one request."""
        from dgm.gateway import ProviderError

        try:
            body, status = self.provider.complete(request, self.contexts[token]), 200
        except ProviderError as error:
            body, status = error.body(), error.status
        self.exchanges.append((token, request, status))
        return status, body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 - the http.server hook name
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                bearer = self.headers.get("Authorization", "").removeprefix("Bearer ")
                token = self.headers.get("x-api-key") or bearer
                if self.path.split("?")[0] != "/v1/messages" or token not in gateway.contexts:
                    status, body = 404, {"type": "error", "error": {"type": "not_found_error",
                                                                    "message": self.path}}
                else:
                    status, body = gateway.answer(token, request)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@dataclass(frozen=True)
class SynthTask:
    """A tiny benchmark task: a repo, its instructions, hidden test and reference patch."""

    id: str
    difficulty: int
    files: dict[str, str]  # the starting repository
    instructions: str
    hidden_test: str  # tests/test_hidden.py content
    solution: dict[str, str]  # files the reference solution changes, with their new content


def synth_tasks(n: int) -> list[SynthTask]:
    """`n` small bug-fix tasks; difficulty cycles 1, 2, 3."""
    tasks = []
    for i in range(n):
        k = i + 2
        module = (f"def scale(x):\n    \"\"\"Multiply x by {k}.\"\"\"\n    return x * {k - 1}\n\n\n"
                  "def name():\n    return 'calc'\n")
        fixed = module.replace(f"return x * {k - 1}", f"return x * {k}")
        tasks.append(SynthTask(
            id=f"synth-{i:02d}",
            difficulty=i % 3 + 1,
            files={"calc/__init__.py": "", "calc/ops.py": module,
                   "tests/test_visible.py": "from calc.ops import name\n\n\n"
                                            "def test_name():\n    assert name() == 'calc'\n"},
            instructions=f"calc.ops.scale(x) must return x multiplied by {k}; it does not.",
            hidden_test=f"from calc.ops import scale\n\n\ndef test_scale():\n"
                        f"    assert scale(3) == {3 * k}\n",
            solution={"calc/ops.py": fixed},
        ))
    return tasks


def git(repo: Path, *args: str) -> str:
    """Run git in `repo`; return its stdout."""
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True)
    return done.stdout


def make_repo(files: dict[str, str], dest: Path) -> Path:
    """A git repository at `dest` holding `files`, committed."""
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    return dest


def reference_patch(task: SynthTask, scratch: Path) -> str:
    """The task's reference solution as a -p1 unified diff."""
    repo = make_repo(task.files, scratch)
    for rel, text in task.solution.items():
        (repo / rel).write_text(text)
    return git(repo, "diff")


def run_agent(agent: Path, repo: Path, problem: str, env: dict[str, str],
              out: Path) -> subprocess.CompletedProcess[str]:
    """Run `agent` on `repo` (on the host: our own agent and model only)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "problem.md").write_text(problem)
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        [sys.executable, str(agent / "coding_agent.py"), "--problem-file",
         str(out / "problem.md"), "--repo", str(repo), "--log-file", str(out / "agent.log")],
        env={**os.environ, "PATH": path, "PYTHONDONTWRITEBYTECODE": "1", **env},
        capture_output=True, text=True, timeout=300,
    )


def solve_and_grade(gateway: FakeGateway, agent: Path, task: SynthTask, work: Path,
                    seed: int = 0) -> bool:
    """Run `agent` on `task` against the toy; True when the hidden test then passes."""
    patch = reference_patch(task, work / "ref")
    repo = make_repo(task.files, work / "repo")
    hints = {"reference_patch": patch, "difficulty": task.difficulty}
    token = gateway.issue(CallContext("test-run", f"eval/{task.id}", "coding_agent",
                                      task_id=task.id, seed=seed, hints=hints))
    run_agent(agent, repo, task.instructions, gateway.env(token), work / "out")
    (repo / "tests" / "test_hidden.py").write_text(task.hidden_test)
    graded = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_hidden.py"], cwd=repo, capture_output=True,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return graded.returncode == 0


def score(gateway: FakeGateway, agent: Path, tasks: list[SynthTask], work: Path,
          seed: int = 0) -> list[bool]:
    """Resolved or not, per task."""
    return [solve_and_grade(gateway, agent, t, work / t.id, seed) for t in tasks]


def self_modify(gateway: FakeGateway, agent: Path, source: Path, problem: str, work: Path,
                seed: int = 0) -> Path:
    """Run `agent` on a git checkout of `source` with `problem`; return the modified checkout."""
    files = {str(p.relative_to(source)): p.read_text() for p in sorted(source.rglob("*"))
             if p.is_file() and not {"__pycache__", ".git"} & set(p.relative_to(source).parts)}
    repo = make_repo(files, work / "child")
    token = gateway.issue(CallContext("test-run", "self-modify", "self_modifier", seed=seed))
    run_agent(agent, repo, problem, gateway.env(token), work / "out")
    return repo


def self_check(agent: Path) -> subprocess.CompletedProcess[str]:
    """The agent's --self-check, run in its own folder."""
    return subprocess.run([sys.executable, "coding_agent.py", "--self-check"], cwd=agent,
                          capture_output=True, text=True, timeout=120)


def seed_module() -> Any:
    """The seed's coding_agent module, imported from its file (restoring the bytecode flag)."""
    import importlib.util

    flag = sys.dont_write_bytecode
    spec = importlib.util.spec_from_file_location("seed_coding_agent", SEED / "coding_agent.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.dont_write_bytecode = flag
    return module


def execute(repo: Path, name: str, tool_input: dict[str, Any]) -> str:
    """A minimal stand-in for an agent's bash and editor tools, working in `repo`."""
    if name == "bash":
        done = subprocess.run(["bash", "-c", tool_input["command"]], cwd=repo, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              env={**os.environ, "PATH": f"{Path(sys.executable).parent}"
                                                         f"{os.pathsep}{os.environ['PATH']}"})
        return f"{done.stdout}\n[exit code {done.returncode}]"
    path = repo / tool_input["path"]
    if tool_input["command"] == "view":
        lines = path.read_text().splitlines()
        return "\n".join(f"{n:6}\t{line}" for n, line in enumerate(lines, 1))
    text = path.read_text()
    if text.count(tool_input["old_str"]) != 1:
        return "Error: ValueError: old_str must occur exactly once"
    path.write_text(text.replace(tool_input["old_str"], tool_input["new_str"]))
    return f"edited {path}"


BASH = {"name": "bash", "description": "run a command", "input_schema": {"type": "object"}}
EDITOR = {"name": "editor", "description": "view and edit", "input_schema": {"type": "object"}}


def drive(provider: ToyProvider, context: CallContext, repo: Path, first: str, *,
          system: str = "You are a coding agent.", tools: tuple[dict, ...] = (BASH, EDITOR),
          max_turns: int = 30, truncate: int | None = None,
          messages: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """A scripted agent loop in-process: call the toy, run its tool calls in `repo`."""
    messages = messages if messages is not None else [{"role": "user", "content": first}]
    for _ in range(max_turns):
        request = {"model": "toy", "max_tokens": 1000, "system": system, "tools": list(tools),
                   "messages": messages}
        reply = provider.complete(request, context)
        messages.append({"role": "assistant", "content": reply["content"]})
        calls = [b for b in reply["content"] if b["type"] == "tool_use"]
        if not calls:
            break
        results = []
        for call in calls:
            output = execute(repo, call["name"], call["input"])
            if truncate and len(output) > truncate:
                output = output[: truncate // 2] + "\n[cut]\n" + output[-truncate // 2:]
            results.append({"type": "tool_result", "tool_use_id": call["id"], "content": output})
        messages.append({"role": "user", "content": results})
    return messages


def steps(messages: list[dict[str, Any]]) -> list[str]:
    """The toy's step tags, in order."""
    import re

    texts = [b["text"] for m in messages if m["role"] == "assistant" for b in m["content"]
             if b["type"] == "text"]
    return [match.group(1) for t in texts for match in [re.search(r"\(step: (\w+)\)", t)]
            if match]


def coding_context(task: SynthTask, patch: str, seed: int = 0, task_id: str | None = None,
                   ) -> CallContext:
    """The context a harness would give the coding agent on `task`."""
    hints = {"reference_patch": patch, "difficulty": task.difficulty}
    return CallContext("run", "attempt-1", "coding_agent", task_id=task_id or task.id, seed=seed,
                       hints=hints)


def find_context(task: SynthTask, patch: str, want: Callable[[CodingPlan], bool],
                 provider_seed: int = 0) -> CallContext:
    """A context (by its seed) under which the toy's plan for `task` satisfies `want`."""
    for seed in range(2000):
        context = coding_context(task, patch, seed)
        if want(plan_for(context, provider_seed)):
            return context
    raise AssertionError("no seed gives the wanted plan")


def one_task(difficulty: int) -> SynthTask:
    """A synthetic task of the given difficulty."""
    return next(t for t in synth_tasks(6) if t.difficulty == difficulty)
