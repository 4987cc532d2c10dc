"""Diagnosis: pick what to look at in the parent's task runs and ask the model for one
improvement. A port of the host's fixed step (dgm/evolution/diagnose.py) to task runs read
from the archive export's tasks.jsonl, so the requests are the host's byte for byte.

A run is a dict of the export's fields: task_id, resolved, empty_patch, timed_out, log_flags
for every run; log_tail, patch and (when the run allows it) test_output_tail only for runs
that were not resolved.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from meta.noise import steady_head, steady_tail

DIAGNOSIS_KEYS = ("diagnosis", "improvement", "problem_statement")
# The DGM paper's diagnosis entries besides a failed task.
EMPTY_PATCHES, STOCHASTICITY, CONTEXT_LENGTH = (
    "solve_empty_patches", "solve_stochasticity", "solve_contextlength")
CONTEXT_OVERFLOW = re.compile(r"prompt is too long|context length|context window", re.I)
OVERFLOW_FLAG = "context_overflow"  # the export's log_flags mark for a run that overflowed
SOURCE_LIMIT, EVIDENCE_LIMIT = 24_000, 6_000
META_ENTRY, META_DIR = "meta_agent.py", "meta"  # this meta agent: left out of the source shown

SYSTEM = (
    "You improve a coding agent. You are shown the agent's own source code and the logs of "
    "its evaluation on coding tasks. Find ONE concrete weakness of the agent's code or tools "
    "and propose ONE improvement to the agent itself (not to the task). Answer with only a "
    "JSON object with the keys \"diagnosis\" (what went wrong and why), \"improvement\" (a "
    "short title) and \"problem_statement\" (precise instructions for changing the agent's "
    "code, written as a GitHub issue)."
)


class MalformedDiagnosis(ValueError):
    """The model's answer is not the JSON object we asked for."""


def choose_entry(runs: list[dict], rng) -> str:
    """Pick what to diagnose: a failed task, or a DGM entry the record warrants."""
    failed = sorted({r["task_id"] for r in runs if not r["resolved"]})
    entries = list(failed)
    if sum(bool(r["empty_patch"]) for r in runs) >= max(1, len(runs) // 10):
        entries += [EMPTY_PATCHES] * max(1, len(failed) // 2)
    if _disagreeing_repeats(runs):
        entries.append(STOCHASTICITY)
    if any(_overflowed(r) for r in runs):
        entries += [CONTEXT_LENGTH] * max(1, len(failed) // 2)
    return rng.choice(entries) if entries else (rng.choice(runs)["task_id"] if runs else "")


def _overflowed(run: dict) -> bool:
    return (OVERFLOW_FLAG in (run.get("log_flags") or [])
            or bool(CONTEXT_OVERFLOW.search(run.get("log_tail") or "")))


def _disagreeing_repeats(runs: list[dict]) -> bool:
    outcomes: dict[str, set[bool]] = {}
    for r in runs:
        outcomes.setdefault(r["task_id"], set()).add(bool(r["resolved"]))
    return any(len(v) > 1 for v in outcomes.values())


def agent_source_text(agent_dir: Path, limit: int = SOURCE_LIMIT) -> str:
    """The task agent's Python files and README (this meta agent left out), as shown."""
    parts = []
    for path in sorted(agent_dir.rglob("*")):
        rel = path.relative_to(agent_dir)
        if (path.is_file() and path.suffix in (".py", ".md") and ".git" not in path.parts
                and not is_meta(rel.as_posix())):
            parts.append(f"--- {rel}\n{path.read_text(errors='replace')}")
    return "\n".join(parts)[:limit]


def is_meta(rel: str) -> bool:
    """Whether a path (relative, with /) belongs to the meta agent: meta_agent.py and meta/**."""
    return rel == META_ENTRY or rel.startswith(META_DIR + "/")


def evidence_text(entry: str, runs: list[dict], instructions: str) -> str:
    """What the model is shown about the chosen entry."""
    summary = _summary(runs)
    if entry in (EMPTY_PATCHES, STOCHASTICITY, CONTEXT_LENGTH):
        picked = [r for r in runs if r["empty_patch"] or not r["resolved"]][:3]
        focus = {EMPTY_PATCHES: "The agent often ends without changing any file (empty patch).",
                 STOCHASTICITY: "The agent's results vary between repeated runs of one task.",
                 CONTEXT_LENGTH: "The agent's conversations overflow the model's context."}[entry]
    else:
        picked = [r for r in runs if r["task_id"] == entry][:1]
        focus = f"The agent failed task {entry}.\n\nTask instructions:\n{instructions}"
    logs = "\n\n".join(_task_evidence(r) for r in picked)
    return steady_head(f"{summary}\n\n{focus}\n\n{logs}", EVIDENCE_LIMIT * 2)


def _summary(runs: list[dict]) -> str:
    n = len(runs) or 1
    resolved = sum(bool(r["resolved"]) for r in runs)
    empty = sum(bool(r["empty_patch"]) for r in runs)
    timeouts = sum(bool(r["timed_out"]) for r in runs)
    return (f"Evaluation summary: {resolved}/{len(runs)} tasks resolved ({resolved / n:.0%}), "
            f"{empty} empty patches, {timeouts} timeouts.")


def _task_evidence(r: dict) -> str:
    """One run's evidence; the grading output only when the export carries it."""
    tested = r.get("test_output_tail") or ""
    graded = (f"### Test output at grading, hidden tests included (tail)\n"
              f"{steady_tail(tested, EVIDENCE_LIMIT)}\n" if tested else "")
    return (f"## Task {r['task_id']} (resolved: {bool(r['resolved'])}, "
            f"empty patch: {bool(r['empty_patch'])})\n"
            f"### The agent's patch\n{(r.get('patch') or '')[:EVIDENCE_LIMIT]}\n{graded}"
            f"### Agent log (tail)\n{steady_tail(r.get('log_tail') or '', EVIDENCE_LIMIT)}")


def build_request(model: str, source: str, evidence: str) -> dict:
    """The first diagnosis request; the source is a block of its own, before the logs, so a
    prompt cache can serve it again."""
    blocks = [{"type": "text", "text": f"# The agent's source code\n{source}\n\n"},
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


def response_text(response: dict) -> str:
    """The concatenated text blocks of a Messages response."""
    blocks = response.get("content")
    if not isinstance(blocks, list):
        return ""
    return "".join(b["text"] for b in blocks if isinstance(b, dict) and b.get("type") == "text"
                   and isinstance(b.get("text"), str))


def diagnose(complete, model: str, source: str, evidence: str, entry: str,
             retries: int) -> dict | None:
    """Ask for one improvement (`complete` sends a request, returns the response); re-ask on a
    malformed answer; None when every try failed. The answer's keys, `entry` and `tries`."""
    request = build_request(model, source, evidence)
    for attempt in range(1, retries + 2):
        text = response_text(complete(request))
        try:
            fields = parse_answer(text)
        except MalformedDiagnosis as exc:
            request = {**request, "messages": [
                *request["messages"],
                {"role": "assistant", "content": text or "(empty)"},
                {"role": "user", "content": f"Your answer was not usable ({exc}). Answer again "
                 f"with only the JSON object with keys {', '.join(DIAGNOSIS_KEYS)}."}]}
            continue
        return {"entry": entry, **fields, "tries": attempt}
    return None
