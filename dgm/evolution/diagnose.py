"""Diagnosis: a model reads a parent's evaluation logs and proposes one improvement.

It sees what the agent could see: the agent's log and transcript (with the output
of any visible tests the agent ran), its patch and the verdict. Hidden-test output
only when the run asks for it, and nothing of a held-out task, ever.

The answer must be a JSON object with DIAGNOSIS_KEYS; a malformed answer is
asked again (with the parse error) up to a retry limit.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from agents_archive.parts import TASK, part_of
from evals.harness import TaskResult
from ground.jsontypes import Json, JsonObject, dataclass_from
from ground.noise import steady_head, steady_tail

DIAGNOSIS_VERSION = 1
DIAGNOSIS_KEYS = ("diagnosis", "improvement", "problem_statement")
# The DGM paper's diagnosis entries besides a failed task.
EMPTY_PATCHES, STOCHASTICITY, CONTEXT_LENGTH = (
    "solve_empty_patches", "solve_stochasticity", "solve_contextlength")
CONTEXT_OVERFLOW = re.compile(r"prompt is too long|context length|context window", re.I)
SOURCE_LIMIT, EVIDENCE_LIMIT = 24_000, 6_000

SYSTEM = (
    "You improve a coding agent. You are shown the agent's own source code and the logs of "
    "its evaluation on coding tasks. Find ONE concrete weakness of the agent's code or tools "
    "and propose ONE improvement to the agent itself (not to the task). Answer with only a "
    "JSON object with the keys \"diagnosis\" (what went wrong and why), \"improvement\" (a "
    "short title) and \"problem_statement\" (precise instructions for changing the agent's "
    "code, written as a GitHub issue)."
)

Complete = Callable[[JsonObject], JsonObject]  # a Messages request to its response


class MalformedDiagnosis(ValueError):
    """The model's answer is not the JSON object we asked for."""


@dataclass
class Diagnosis:
    """One proposed improvement and the evidence it was drawn from."""

    entry: str  # a failed task id, or one of the DGM entries above
    diagnosis: str
    improvement: str
    problem_statement: str
    tries: int = 1
    v: int = DIAGNOSIS_VERSION

    def to_dict(self) -> JsonObject:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> Diagnosis:
        return dataclass_from(cls, raw)


def diagnosis_results(results: list[TaskResult], heldout: Collection[str],
                      sees_hidden_tests: bool = False) -> list[TaskResult]:
    """The task results diagnosis may see: none of a held-out task; grading output on request.

    Withheld grading output (hidden tests included) is blanked, so the evidence leaves it out.
    """
    kept = [r for r in results if r.task_id not in heldout]
    if sees_hidden_tests:
        return kept
    return [replace(r, test_output_tail="") for r in kept]


def choose_entry(results: list[TaskResult], rng: random.Random) -> str:
    """Pick what to diagnose: a failed task, or a DGM entry the record warrants."""
    failed = sorted({r.task_id for r in results if not r.resolved})
    entries: list[str] = list(failed)
    if sum(r.empty_patch for r in results) >= max(1, len(results) // 10):
        entries += [EMPTY_PATCHES] * max(1, len(failed) // 2)
    if _disagreeing_repeats(results):
        entries.append(STOCHASTICITY)
    if any(CONTEXT_OVERFLOW.search(r.log_tail) for r in results):
        entries += [CONTEXT_LENGTH] * max(1, len(failed) // 2)
    return rng.choice(entries) if entries else (rng.choice(results).task_id if results else "")


def _disagreeing_repeats(results: list[TaskResult]) -> bool:
    outcomes: dict[str, set[bool]] = {}
    for r in results:
        outcomes.setdefault(r.task_id, set()).add(r.resolved)
    return any(len(v) > 1 for v in outcomes.values())


def agent_source_text(agent_dir: Path, limit: int = SOURCE_LIMIT) -> str:
    """The task agent's Python files and README, as the diagnoser reads them (the meta part,
    which a `dgm` agent does not have, is left out)."""
    parts = []
    for path in sorted(agent_dir.rglob("*")):
        rel = path.relative_to(agent_dir)
        if (path.is_file() and path.suffix in (".py", ".md") and ".git" not in path.parts
                and part_of(rel.as_posix()) == TASK):
            parts.append(f"--- {rel}\n{path.read_text(errors='replace')}")
    return "\n".join(parts)[:limit]


def evidence_text(entry: str, results: list[TaskResult], instructions: str) -> str:
    """What the diagnoser is shown about the chosen entry."""
    summary = _summary(results)
    if entry in (EMPTY_PATCHES, STOCHASTICITY, CONTEXT_LENGTH):
        picked = [r for r in results if r.empty_patch or not r.resolved][:3]
        focus = {EMPTY_PATCHES: "The agent often ends without changing any file (empty patch).",
                 STOCHASTICITY: "The agent's results vary between repeated runs of one task.",
                 CONTEXT_LENGTH: "The agent's conversations overflow the model's context."}[entry]
    else:
        picked = [r for r in results if r.task_id == entry][:1]
        focus = f"The agent failed task {entry}.\n\nTask instructions:\n{instructions}"
    logs = "\n\n".join(_task_evidence(r) for r in picked)
    return steady_head(f"{summary}\n\n{focus}\n\n{logs}", EVIDENCE_LIMIT * 2)


def _summary(results: list[TaskResult]) -> str:
    n = len(results) or 1
    resolved = sum(r.resolved for r in results)
    empty = sum(r.empty_patch for r in results)
    timeouts = sum(r.timed_out for r in results)
    return (f"Evaluation summary: {resolved}/{len(results)} tasks resolved ({resolved / n:.0%}), "
            f"{empty} empty patches, {timeouts} timeouts.")


def _task_evidence(r: TaskResult) -> str:
    """One task's evidence; the grading output only when the result still carries it."""
    graded = (f"### Test output at grading, hidden tests included (tail)\n"
              f"{steady_tail(r.test_output_tail, EVIDENCE_LIMIT)}\n" if r.test_output_tail else "")
    return (f"## Task {r.task_id} (resolved: {r.resolved}, empty patch: {r.empty_patch})\n"
            f"### The agent's patch\n{r.patch[:EVIDENCE_LIMIT]}\n{graded}"
            f"### Agent log (tail)\n{steady_tail(r.log_tail, EVIDENCE_LIMIT)}")


def build_request(model: str, source: str, evidence: str) -> JsonObject:
    """The first diagnosis request. The source is a block of its own, before the logs: every
    diagnosis of the same agent starts with it, so a prompt cache can serve it again."""
    blocks: list[Json] = [{"type": "text", "text": f"# The agent's source code\n{source}\n\n"},
                          {"type": "text", "text": f"# Evaluation logs\n{evidence}"}]
    return {"model": model, "max_tokens": 2048, "system": SYSTEM,
            "messages": [{"role": "user", "content": blocks}]}


def parse_answer(text: str) -> dict[str, str]:
    """The JSON object in `text`, checked for the required string keys."""
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        raise MalformedDiagnosis("no JSON object in the answer")
    try:
        obj = json.loads(match.group(0))
    except json.JSONDecodeError as exc:
        raise MalformedDiagnosis(f"invalid JSON: {exc}") from None
    missing = [k for k in DIAGNOSIS_KEYS if not isinstance(obj.get(k), str) or not obj[k].strip()]
    if missing:
        raise MalformedDiagnosis(f"missing or empty keys: {', '.join(missing)}")
    return {k: obj[k].strip() for k in DIAGNOSIS_KEYS}


def response_text(response: JsonObject) -> str:
    """The concatenated text blocks of a Messages response."""
    blocks = response.get("content")
    if not isinstance(blocks, list):
        return ""
    return "".join(text for b in blocks if isinstance(b, dict) and b.get("type") == "text"
                   and isinstance(text := b.get("text"), str))


def diagnose(complete: Complete, model: str, source: str, evidence: str, entry: str,
             retries: int) -> Diagnosis | None:
    """Ask for one improvement; re-ask on a malformed answer; None when every try failed."""
    request = build_request(model, source, evidence)
    for attempt in range(1, retries + 2):
        text = response_text(complete(request))
        try:
            fields = parse_answer(text)
        except MalformedDiagnosis as exc:
            asked = request["messages"]
            request = {**request, "messages": [
                *(asked if isinstance(asked, list) else []),
                {"role": "assistant", "content": text or "(empty)"},
                {"role": "user", "content": f"Your answer was not usable ({exc}). Answer again "
                 f"with only the JSON object with keys {', '.join(DIAGNOSIS_KEYS)}."}]}
            continue
        return Diagnosis(entry, fields["diagnosis"], fields["improvement"],
                         fields["problem_statement"], tries=attempt)
    return None
