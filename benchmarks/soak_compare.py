"""The soak's archive checks: git fsck, two runs' archives compared, and where they part.

Records are paired by the attempt that made them (the seed by its evaluation), so a
child whose source differs still meets its counterpart. Where records differ, the
evidence is read from the two run directories: each task run's result side by side
(attempts/<id>/evaluate.json, final/<agent>/*.json) and the first model exchange whose
answer differs (recordings/).

One difference is by design and netted out: the gateway writes an exchange's ledger
entry before its recording, so a kill between the two leaves an exchange billed with no
recording to reuse, and the resumed run pays for it again. A record's cost and tokens
in the killed run may exceed the twin's by exactly such second billings (`paid_twice`).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from agents_archive import AgentRecord, GitArchive
from dgm.gateway.ledger import BILLED, read_entries
from ground.noise import steady

IGNORED_FIELDS = ("created_at",)  # the clock, not the run: differs between any two runs
RESULT_FIELDS = ("resolved", "agent_exit_code", "agent_timed_out", "timed_out", "error",
                 "empty_patch", "patch_applied")
USD_TOLERANCE = 1e-5  # records round USD to 6 places; netting out can move the last one
TEXT_CUT = 400  # characters of a model turn or test output kept in the evidence


@dataclass(frozen=True)
class Difference:
    """One field of one agent record that differs between the two archives."""

    attempt: str
    field: str
    a: object
    b: object

    def to_dict(self) -> dict[str, object]:
        return {"attempt": self.attempt, "field": self.field, "a": self.a, "b": self.b}


def fsck(run: Path) -> tuple[bool, list[str]]:
    """`git fsck --strict --full` of a run's archive: clean, and its lines (dangling aside)."""
    proc = subprocess.run(["git", "--git-dir", str(run / "archive.git"), "fsck", "--strict",
                           "--full", "--no-progress"], capture_output=True, text=True)
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines()
             if ln.strip() and not ln.startswith(("dangling ", "notice: "))]
    return proc.returncode == 0 and not lines, lines


def records_by_attempt(run: Path) -> dict[str, AgentRecord]:
    """A run's agent records keyed by the attempt that made them (else by agent id)."""
    return {r.extra.get("attempt_id") or r.id: r for r in GitArchive.open(run).agents()}


def compare(a_run: Path, b_run: Path) -> list[Difference]:
    """Every record field (bar the creation time) that differs between two runs' archives;
    spend paid twice by design (see `paid_twice`) is taken off each side first."""
    a, b = records_by_attempt(a_run), records_by_attempt(b_run)
    twice = {"a": paid_twice(a_run), "b": paid_twice(b_run)}
    diffs: list[Difference] = []
    for attempt in sorted(a.keys() | b.keys()):
        if attempt not in a or attempt not in b:
            side = a.get(attempt) or b[attempt]
            diffs.append(Difference(attempt, "present", attempt in a and side.id,
                                    attempt in b and side.id))
            continue
        da = net_spend(a[attempt].to_dict(), attempt, twice["a"])
        db = net_spend(b[attempt].to_dict(), attempt, twice["b"])
        keys = sorted(da.keys() | db.keys())
        diffs += [Difference(attempt, k, da.get(k), db.get(k)) for k in keys
                  if k not in IGNORED_FIELDS and not same(k, da.get(k), db.get(k))]
    return diffs


def same(field: str, a: object, b: object) -> bool:
    """Two values of a record field agree (USD within rounding)."""
    if field == "cost_usd" and isinstance(a, float | int) and isinstance(b, float | int):
        return abs(a - b) <= USD_TOLERANCE
    return a == b


def paid_twice(run: Path) -> dict[str, dict[str, float]]:
    """Per billed attempt id, the tokens and USD of exchanges billed again after an
    earlier session had billed the same exchange (same attempt id and sequence number)
    and been killed before its recording was written."""
    billed: set[tuple[str, int]] = set()
    out: dict[str, dict[str, float]] = {}
    for e in read_entries(run / "ledger.jsonl"):
        if e.reused or e.billing != BILLED:
            continue
        key = (e.attempt_id, e.seq)
        if key in billed:
            spent = out.setdefault(e.attempt_id, {"tokens": 0.0, "usd": 0.0, "exchanges": 0.0})
            spent["tokens"] += e.tokens
            spent["usd"] += e.usd
            spent["exchanges"] += 1
        billed.add(key)
    return out


def net_spend(record: dict[str, object], attempt: str, twice: dict[str, dict[str, float]],
              ) -> dict[str, object]:
    """A record with the spend paid twice under its attempt (and its tasks) taken off."""
    extra = {"tokens": 0.0, "usd": 0.0}
    for billed, spent in twice.items():
        if billed == attempt or billed.startswith(attempt + "/"):
            extra = {k: extra[k] + spent[k] for k in extra}
    if not any(extra.values()):
        return record
    out = dict(record)
    out["tokens"] = int(str(record.get("tokens", 0))) - int(extra["tokens"])
    out["cost_usd"] = round(float(str(record.get("cost_usd", 0.0))) - extra["usd"], 6)
    return out


def evidence(a_run: Path, b_run: Path, diffs: list[Difference]) -> list[dict[str, object]]:
    """For each attempt with differences: the task runs whose outcome differs, and why."""
    a, b = records_by_attempt(a_run), records_by_attempt(b_run)
    found: list[dict[str, object]] = []
    for attempt in sorted({d.attempt for d in diffs}):
        if attempt not in a or attempt not in b:
            continue
        found.append({"attempt": attempt, "agents": [a[attempt].id, b[attempt].id],
                      "files": attempt_files(a_run, b_run, attempt),
                      "ledger": [ledger(a_run, attempt), ledger(b_run, attempt)],
                      "tasks": task_differences(a_run, b_run, a[attempt], b[attempt])})
    return found


def attempt_files(a_run: Path, b_run: Path, attempt: str) -> dict[str, str]:
    """Whether the attempt's diagnosis and child patch are the same in both runs."""
    names = ("diagnose.json", "child.patch")
    return {n: _same(a_run / "attempts" / attempt / n, b_run / "attempts" / attempt / n)
            for n in names}


def _same(a: Path, b: Path) -> str:
    if not a.exists() or not b.exists():
        return f"missing in {'a' if not a.exists() else 'b'}"
    return "same" if a.read_bytes() == b.read_bytes() else "differs"


def ledger(run: Path, attempt: str) -> dict[str, object]:
    """The attempt's own model exchanges (diagnosis, self-modification) in the ledger:
    how many were billed live and reused, their tokens, and recordings set aside."""
    own = [e for e in read_entries(run / "ledger.jsonl") if e.attempt_id == attempt]
    tokens = sum(e.input_tokens + e.output_tokens for e in own)
    abandoned = sorted(str(p.relative_to(run)) for p in (run / "recordings").glob(
        f"{attempt}*/abandoned-*"))
    return {"exchanges": len(own), "reused": sum(e.reused for e in own),
            "tokens": tokens, "abandoned": abandoned}


def task_results(run: Path, record: AgentRecord) -> dict[tuple[str, str, int], dict[str, object]]:
    """Every task run of an agent: (recording prefix, task, repeat) -> its result."""
    attempt = record.extra.get("attempt_id", "")
    sources = [(attempt, run / "attempts" / attempt / "evaluate.json")]
    sources += [(f"final-{record.id}-{kind}", run / "final" / record.id / f"{kind}.json")
                for kind in ("reevaluate", "heldout")]
    out: dict[tuple[str, str, int], dict[str, object]] = {}
    for prefix, path in sources:
        if not path.is_file():
            continue
        value = json.loads(path.read_text())["value"]
        for result in value["results"] if isinstance(value, dict) else value:
            out[(prefix, result["task_id"], int(result.get("repeat", 0)))] = result
    return out


def task_differences(a_run: Path, b_run: Path, a: AgentRecord, b: AgentRecord,
                     ) -> list[dict[str, object]]:
    """Task runs whose outcome differs, with both results and the recordings' divergence."""
    ra, rb = task_results(a_run, a), task_results(b_run, b)
    rows: list[dict[str, object]] = []
    for key in sorted(ra.keys() | rb.keys()):
        sa, sb = summary(ra.get(key)), summary(rb.get(key))
        if sa == sb:
            continue
        prefix, task, repeat = key
        rec = f"{prefix}_{task}_r{repeat}"
        both = sa is not None and sb is not None  # else: one run never ran it (see records)
        rows.append({"source": prefix, "task": task, "repeat": repeat, "a": sa, "b": sb,
                     "recordings": divergence(a_run / "recordings" / rec,
                                              b_run / "recordings" / rec) if both else None})
    return rows


def summary(result: dict[str, object] | None) -> dict[str, object] | None:
    """The parts of a task result that decide or explain its outcome."""
    if result is None:
        return None
    out = {k: result.get(k) for k in RESULT_FIELDS}
    out["patch_sha"] = hashlib.sha256(str(result.get("patch", "")).encode()).hexdigest()[:12]
    tail = str(result.get("test_output_tail", "")).strip().splitlines()
    out["tests"] = steady(tail[-1]) if tail else ""  # "5 passed in <duration>"
    return out


def divergence(a_dir: Path, b_dir: Path) -> dict[str, object]:
    """The first recorded exchange whose answer differs, with what each model turn saw."""
    a_seqs, b_seqs = _exchanges(a_dir), _exchanges(b_dir)
    for seq in range(max(len(a_seqs), len(b_seqs))):
        ta = _turn(a_seqs[seq]) if seq < len(a_seqs) else None
        tb = _turn(b_seqs[seq]) if seq < len(b_seqs) else None
        if ta != tb:
            return {"exchanges": [len(a_seqs), len(b_seqs)], "first_differing": seq,
                    "a": ta, "b": tb,
                    "a_saw": _last_input(a_seqs[seq]) if seq < len(a_seqs) else None,
                    "b_saw": _last_input(b_seqs[seq]) if seq < len(b_seqs) else None}
    return {"exchanges": [len(a_seqs), len(b_seqs)], "first_differing": None}


def _exchanges(folder: Path) -> list[dict[str, object]]:
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    return [json.loads(f.read_text()) for f in files]


def _turn(exchange: dict[str, object]) -> str:
    """A model answer's text and tool calls, without the ids that carry the request digest."""
    response = exchange.get("response")
    if not isinstance(response, dict):
        return f"error: {exchange.get('error')}"
    parts = [json.dumps(c.get("text") or c.get("input"), sort_keys=True)
             for c in response.get("content", []) if isinstance(c, dict)]
    return " | ".join(parts)[:TEXT_CUT]


def _last_input(exchange: dict[str, object]) -> str:
    """The last message the model was sent (the tool result it answered)."""
    request = exchange.get("request")
    messages = request.get("messages", []) if isinstance(request, dict) else []
    return json.dumps(messages[-1] if messages else None)[-TEXT_CUT:]
