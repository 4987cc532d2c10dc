"""Diagnosis requests for the open world's diagnoser, built by the loop's own code
(dgm.evolution.diagnose) from synthetic task results whose agent logs are written as the seed
agent writes them (one JSON event per line) and hold the open-world coder's tagged answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toy_support import ROOT, SEED

from dgm.evolution.diagnose import agent_source_text, build_request, evidence_text
from dgm.toy.conversation import LABEL
from dgm.toy.world_diagnoser import answer
from evals.harness import TaskResult
from ground.context import CallContext

BASE = ROOT / "tests" / "toy" / "agents" / "base"  # 30 turns, tool output cut at 8000 chars
TIME = 1767000000.125  # the first event's unix time in these logs


class Log:
    """An agent log in the seed's format; each event a little later than the one before."""

    def __init__(self, start: float = TIME, step_s: float = 0.5) -> None:
        self.lines: list[str] = []
        self.clock, self.step_s, self.turns = start, step_s, 0

    def event(self, event: str, **fields: Any) -> Log:
        self.clock += self.step_s
        self.lines.append(json.dumps({"time": round(self.clock, 3), "event": event, **fields}))
        return self

    def answer(self, step: str, why: str, seen: str = "none", command: str | None = "ls",
               output: str = "ok") -> Log:
        """One tagged answer of the toy coder, with its tool call and result when it has one."""
        text = f"{LABEL} (step: {step}, why: {why}, seen: {seen}) I act."
        content: list[dict[str, Any]] = [{"type": "text", "text": text}]
        if command is not None:
            content.append({"type": "tool_use", "id": f"toolu_{len(self.lines)}", "name": "bash",
                            "input": {"command": command}})
        self.turns += 1
        self.event("request", messages=2 * self.turns - 1, model="toy")
        self.event("response", content=content,
                   stop_reason="tool_use" if command is not None else "end_turn",
                   usage={"input_tokens": 100, "output_tokens": 20})
        if command is not None:
            self.event("tool_call", name="bash", input={"command": command})
            self.event("tool_result", name="bash", output=output, is_error=False)
        return self

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def solved(log: Log | None = None, tests: str = "1 passed in 0.03s") -> Log:
    """A run that reads, edits, sees the tests pass and finishes."""
    log = log or Log()
    return (log.answer("explore", "explore", output="calc/ops.py")
            .answer("explore", "read", "files", output="def scale(x):")
            .answer("edit", "plan", "files,code", output="applied")
            .answer("test", "check", "files,code", output=tests)
            .answer("done", "finished", "files,code,tests_after", command=None))


def gave_up() -> Log:
    """A run that stops without editing, and nothing asks it to go on."""
    return (Log().answer("explore", "explore").answer("explore", "read", "files")
            .answer("give_up", "give_up", "files,code", command=None))


def out_of_turns(turns: int = 7) -> Log:
    """A run whose agent stops at its turn limit while the model still explores."""
    log = Log()
    for _ in range(3):
        log.answer("explore", "read", "files")
    return log.event("out_of_turns", max_turns=turns)


def overflowed() -> Log:
    """A run whose huge grep made the next request too long for the model."""
    return (Log().answer("explore", "explore", output="calc/ops.py")
            .answer("wander", "explore", "files", output="x" * 1500)
            .event("request", messages=5, model="toy")
            .event("model_error", error="HTTP 400: prompt is too long: 61000 tokens > 30000 "
                                        "maximum (simulated model)")
            .event("stopped", reason="model error"))


def capped(size: int = 3000) -> Log:
    """A run whose huge grep came back short (the agent cuts its outputs) and went on."""
    return (Log().answer("explore", "explore").answer("wander", "explore", "files",
                                                      output="y" * size)
            .answer("explore", "read", "files"))


def result(task: str, log: Log, resolved: bool = False, empty: bool = False,
           grading: str = "", patch: str = "") -> TaskResult:
    return TaskResult(task, resolved=resolved, empty_patch=empty, patch_applied=not empty,
                      timed_out=False, log_tail=log.text(), test_output_tail=grading,
                      patch=patch)


def request(results: list[TaskResult], agent: Path = SEED,
            entry: str = "solve_empty_patches") -> dict[str, Any]:
    """The diagnosis request the loop sends for these results."""
    return build_request("toy", agent_source_text(agent), evidence_text(entry, results, ""))


def retry(req: dict[str, Any]) -> dict[str, Any]:
    """The request as the loop re-asks it after a malformed answer."""
    return {**req, "messages": [*req["messages"], {"role": "assistant", "content": "garbled"},
                                {"role": "user", "content": "Answer again with only the JSON."}]}


def ask(req: dict[str, Any], seed: int = 0, provider_seed: int = 0) -> str:
    return answer(req, CallContext("r", "a", "diagnoser", seed=seed), provider_seed)


def parse(text: str) -> dict[str, str] | None:
    """The answer's JSON object, or None when it is malformed."""
    try:
        parsed: dict[str, str] = json.loads(text[text.index("{"): text.rindex("}") + 1])
    except ValueError:
        return None
    return parsed


def change(fields: dict[str, str]) -> dict[str, Any]:
    """The change line that ends the problem statement, parsed."""
    last = fields["problem_statement"].splitlines()[-1]
    prefix = f"{LABEL} change: "
    assert last.startswith(prefix), last
    parsed: dict[str, Any] = json.loads(last.removeprefix(prefix))
    return parsed
