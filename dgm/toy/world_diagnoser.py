"""The open world's diagnoser (WORLD_DESIGN.md C): one mechanism to add or retune, weighted by
the failures the logs show and by what the agent already does.

Each mechanism of `dgm.toy.mechanisms.MECHANISMS` is one candidate: `retune` when the logs show
its behaviour, else `add`. Its weight is PRIOR plus FAILING for each run showing a failure it
fixes (a failure that names no cause, an empty patch, counts a third), x PRESENT when its
behaviour shows and its failures do not (the retune moves its parameters towards what the
evidence says), x NEEDS_MET when the stepping stones it needs show. With no failure in the logs
the weight goes to what the agent does not do yet (stepping stones first) and to retunes that
cost less (limits far above use). There is always a candidate: the diagnoser never has nothing left.

The answer is the label, then JSON {diagnosis, improvement, problem_statement}; the statement
ends with the machine-readable line `[simulated model] change: {...}` the self-modifier reads.
The first answer of a conversation is sometimes cut off, so callers exercise their retry. Draws
are keyed by host-side facts and by which failures and behaviours show, never by the logs' text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dgm.toy.conversation import LABEL, Action, Draws, block_text
from dgm.toy.failures import (
    FAILURES,
    SUMMARY,
    TURN_LOOP,
    Behaviour,
    Signature,
    behaviour,
    counts,
    failure_codes,
    runs,
    signatures,
    source_files,
)
from dgm.toy.mechanisms import MECHANISMS, Mechanism, Params
from ground.context import CallContext

P_MALFORMED = 0.1
PRIOR = 1.0  # every mechanism's weight before the evidence
FAILING = 6.0  # added per run that shows a failure it fixes (a model goes for what it sees)
GENERIC = ("empty_patch",)  # failures that name no cause: they count a third of a run each
PRESENT = 0.2  # its behaviour already shows and none of its failures does: a retune
NEEDS_MET = 2.0  # the stepping stones it needs show
STONE = 2.0  # with no failure: another mechanism needs it (stepping stones first)
# How dgm.evolution.diagnose opens the source block and the evidence.
SOURCE_HEADER, LOGS_HEADER = "# The agent's source code", "# Evaluation logs"
MOST_FAILURES_NAMED = 3

# The behaviour (a `failures.behaviour` channel) that shows a mechanism at work in the logs.
SHOWN_BY: dict[str, str] = {
    "turn_limit": TURN_LOOP,
    "retry_empty": "retried_empty",
    "truncate": "outputs_capped",
    "repo_map": "files_first",
    "preload_files": "code_first",
    "verify_on_done": "verified",
    "continue_when_partial": "continued_partial",
    "baseline_tests": "baseline",
    "diff_review": "diff_after",
}


@dataclass(frozen=True)
class Candidate:
    """One (mechanism, op) the diagnoser may propose, with its parameters and weight."""

    mechanism: Mechanism
    op: str  # "add" | "retune"
    params: Params
    weight: float
    fixes: tuple[str, ...]  # the failures shown that it fixes (names in failures.FAILURES)


# ---- retunes: parameters moved towards what the evidence says ----------------------------------

Retune = Callable[[Params, Behaviour, bool], Params]  # current, seen, failing -> changed ones


def _turns(current: Params, seen: Behaviour, failing: bool) -> Params:
    """Twice the turns used (or allowed, when more) when runs end out of turns or empty; twice
    the use when the limit is far above it."""
    used, limit = seen.turns_used, _number(current.get("turns"))
    if failing:
        return {"turns": 2 * max(used, limit)} if used or limit else {}
    return {"turns": 2 * used} if used and limit and limit > 3 * used else {}


def _cut(current: Params, seen: Behaviour, failing: bool) -> Params:
    """Half the cut when output still overflows or runs time out; twice the longest output seen
    when the cut is far above it."""
    limit = _number(current.get("limit"))
    if failing:
        base = min(limit or seen.capped_at or 0, seen.capped_at or limit or 0)
        return {"limit": base // 2} if base else {}
    longest = seen.longest_output
    return {"limit": 2 * longest} if longest and limit and limit > 4 * longest else {}


def _scaled(current: Params, seen: Behaviour, failing: bool) -> Params:
    """Any other mechanism: its numbers doubled when its failure still shows (no cost rule)."""
    if not failing:
        return {}
    return {k: 2 * v for k, v in current.items() if isinstance(v, int | float)}


RETUNES: dict[str, Retune] = {"turn_limit": _turns, "truncate": _cut}


def _number(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def clamped(mechanism: Mechanism, params: Params) -> Params:
    """`params` kept inside the mechanism's ranges."""
    out = dict(params)
    for p in mechanism.params:
        value = out.get(p.name)
        if not p.choices and isinstance(value, int | float):
            value = min(max(value, p.low), p.high)
            out[p.name] = round(value) if p.integer else value
    return out


def retuned(mechanism: Mechanism, seen: Behaviour, failing: bool,
            rng: random.Random) -> Params | None:
    """The mechanism's parameters after a retune, or None when the evidence moves nothing. A
    value its detector could not read is drawn, and never judged far from use."""
    known = seen.current.get(mechanism.id, {})
    current = clamped(mechanism, {**mechanism.draw(rng), **known})
    rule = RETUNES.get(mechanism.id, _scaled)
    moved = clamped(mechanism, {**current, **rule(known, seen, failing)})
    return moved if moved != current else None


# ---- candidates and the choice -----------------------------------------------------------------


def shows(need: str, seen: Behaviour) -> bool:
    """A mechanism (or a behaviour channel) named `need` shows in the logs."""
    return need in seen.channels or SHOWN_BY.get(need, "") in seen.channels


def candidates(found: list[Signature], seen: Behaviour, key: str,
               table: Mapping[str, Mechanism] = MECHANISMS) -> list[Candidate]:
    """Every (mechanism, op) of `table` with a move to propose, weighted by the evidence."""
    failing = failure_codes(found)
    stones = {need for m in table.values() for need in m.needs}
    shown = counts(found)
    names = sorted(shown)
    out = []
    for mech in table.values():
        rng = random.Random(f"{key}|{mech.id}")
        fixes = tuple(n for n in names if set(FAILURES[n].codes) & set(mech.fixes))
        weight = PRIOR + FAILING * sum(shown[n] / (3 if n in GENERIC else 1) for n in fixes)
        if mech.needs and all(shows(n, seen) for n in mech.needs):
            weight *= NEEDS_MET
        if shows(mech.id, seen):
            params = retuned(mech, seen, bool(fixes), rng)
            if params is not None:
                out.append(Candidate(mech, "retune", params,
                                     weight * (PRESENT if failing and not fixes else 1.0), fixes))
        else:
            bonus = STONE if not failing and mech.id in stones else 1.0
            out.append(Candidate(mech, "add", mech.draw(rng), weight * bonus, fixes))
    return out or [_explore(key, table)]


def _explore(key: str, table: Mapping[str, Mechanism]) -> Candidate:
    """Every mechanism shows and none has a move: a retune to fresh values of one of them."""
    rng = random.Random(f"{key}|explore")
    mech = rng.choice(list(table.values()))
    return Candidate(mech, "retune", mech.draw(rng), PRIOR, ())


def choose(weighted: list[Candidate], u: float) -> Candidate:
    """The candidate at quantile `u` of the weights."""
    point = u * sum(c.weight for c in weighted)
    for candidate in weighted:
        point -= candidate.weight
        if point < 0:
            return candidate
    return weighted[-1]


# ---- the answer --------------------------------------------------------------------------------


def next_action(request: dict[str, Any], context: CallContext, seed: int) -> Action:
    """The diagnoser's answer in the open world: text only."""
    return Action("diagnose", answer(request, context, seed))


def answer(request: dict[str, Any], context: CallContext, seed: int) -> str:
    """The diagnoser's answer text for this request."""
    source, evidence = request_parts(request)
    found = signatures(evidence)
    seen = behaviour(evidence, source_files(source))
    messages = request.get("messages") or []
    draws = Draws(seed, context.seed, context.task_id, context.role,
                  ",".join(sorted({s.code for s in found})), ",".join(sorted(seen.channels)),
                  len(messages))
    picked = choose(candidates(found, seen, draws.key), draws.uniform("mechanism"))
    body = json.dumps({
        "diagnosis": f"{LABEL} {diagnosis(found, len(runs(evidence)), seen, picked)}",
        "improvement": f"{picked.op.capitalize()} {picked.mechanism.id}",
        "problem_statement": problem_statement(picked, seen),
    })
    first_try = not any(m.get("role") == "assistant" for m in messages)
    if first_try and draws.uniform("malformed") < P_MALFORMED:
        return f"{LABEL}\n{body[: len(body) // 2]}"  # cut off: no closing brace
    return f"{LABEL}\n{body}"


def request_parts(request: dict[str, Any]) -> tuple[str, str]:
    """(the agent's source block, the evidence) of the first user message."""
    first: dict[str, Any] = next(
        (m for m in request.get("messages") or [] if m.get("role") == "user"), {})
    content = first.get("content")
    if isinstance(content, str):
        source, mark, logs = content.partition(LOGS_HEADER)
        return (source, mark + logs) if mark else ("", content)
    blocks = [block_text([b]) for b in content or []]
    return ("\n".join(b for b in blocks if b.startswith(SOURCE_HEADER)),
            "\n".join(b for b in blocks if not b.startswith(SOURCE_HEADER)))


def diagnosis(found: list[Signature], total: int, seen: Behaviour, picked: Candidate) -> str:
    """What the logs show, with counts, and why this change."""
    shown = counts(found).most_common(MOST_FAILURES_NAMED)
    said = "; ".join(_failure(code, n, total, found) for code, n in shown)
    mech = picked.mechanism.id
    setting = _values(seen.current.get(mech, {}))
    if picked.op == "add" and picked.fixes:
        why = f"Add {mech}, which lowers {', '.join(picked.fixes)}: the logs never show it"
    elif picked.op == "add":
        why = f"Add {mech}: it is not yet part of what the agent does"
    elif picked.fixes:
        why = f"Retune {mech}: the agent has it ({setting}) and {picked.fixes[0]} remains"
    else:
        why = f"Retune {mech} ({setting}): it is set far from what the runs use"
    return f"{said or f'No failure signature in the logs of {total} runs'}. {why}."


def _failure(code: str, n: int, total: int, found: list[Signature]) -> str:
    mine = [s for s in found if s.code == code]
    if all(s.task == SUMMARY for s in mine):
        return f"{mine[0].detail} ({code})"
    detail = max(sorted({s.detail for s in mine}), key=[s.detail for s in mine].count)
    return f"{n} of {total} runs {FAILURES[code].says.format(detail=detail)}"


def _values(params: Params) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(params.items())) or "its current setting"


def problem_statement(picked: Candidate, seen: Behaviour) -> str:
    """The mechanism's statement filled with its parameters, then the change line."""
    mech = picked.mechanism
    text = mech.statement.format_map({k: _shown(v) for k, v in picked.params.items()})
    if picked.op == "retune":
        text += (f" The agent already does this ({_values(seen.current.get(mech.id, {}))}); "
                 f"change that setting rather than adding a second copy.")
    change = json.dumps({"mechanism": mech.id, "op": picked.op, "params": picked.params},
                        sort_keys=True)
    return f"{LABEL} {text}\n{LABEL} change: {change}"


def _shown(value: float | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
