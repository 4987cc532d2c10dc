"""Loop and budget mechanisms: M01 turn_limit, M02 retry_empty (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import json
import re

from dgm.toy.agent_ast import AgentIndex, header, unique
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import after_limit, before_def, retune_int, stop_injection
from dgm.toy.mechanisms.shapes import StopBlock, stop_blocks

# ---- M01 turn_limit ------------------------------------------------------------------------------


def turn_limit_existing(agent: AgentIndex) -> Params | None:
    """Every agent has a turn limit: the int bounding its turn loop."""
    return {"turns": agent.turn_limit.node.value.value}  # type: ignore[attr-defined]


def turn_limit_generate(agent: AgentIndex, params: Params, names: Names,
                        variant: str) -> list[EditOp]:
    """`retune`: the bound's int changes in place; `rebind`: a new constant bounds the loop."""
    turns = int(params["turns"])
    if variant == "retune":
        h = agent.turn_limit
        return [retune_int(agent, h.path, h.node, turns)]  # type: ignore[arg-type]
    name = names.fresh("turns")
    path, src = agent.turn_loop.path, agent.files[agent.turn_loop.path]
    head = header(path, src, agent.turn_loop.node)  # type: ignore[arg-type]
    old = unique(src, head)
    new = re.sub(rf"\b{re.escape(agent.turn_limit.name)}\b", name, old, count=1)
    return [(path, old, new),
            after_limit(agent, f"{name} = {turns}  # model calls before the agent stops")]


TURN_LIMIT: Mechanism = Mechanism(
    id="turn_limit", family="loop", params=(Param("turns", 5, 80),), needs=(), fixes=("F1",),
    variants=("retune", "rebind"),
    statement="Let the agent make up to {turns} model calls before it stops.",
    generate=turn_limit_generate, existing=turn_limit_existing)

# ---- M02 retry_empty -----------------------------------------------------------------------------

CHANGED = {
    "porcelain": '''def {fn}() -> bool:
    """Whether the working tree differs from the last commit (untracked files included)."""
    import subprocess

    done = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True)
    return bool(done.stdout.strip())''',
    "diff_quiet": '''def {fn}() -> bool:
    """Whether a tracked file changed, or a new file appeared, since the last commit."""
    import subprocess

    if subprocess.run(["git", "diff", "--quiet", "HEAD"]).returncode:
        return True
    new = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"],
                         capture_output=True, text=True)
    return bool(new.stdout.strip())''',
}


def find_retry(agent: AgentIndex) -> StopBlock | None:
    """An `if LEFT > 0 and not CHANGED():` block in the stop branch that continues the loop
    with a text of its own (its body calls no helper)."""
    return next((b for b in stop_blocks(agent) if b.negated and not b.helpers
                 and b.start is not None), None)


def retry_existing(agent: AgentIndex) -> Params | None:
    found = find_retry(agent)
    return {"retries": found.times} if found else None


def retry_generate(agent: AgentIndex, params: Params, names: Names,
                   variant: str) -> list[EditOp]:
    """A continuation injected when the model stops with an unchanged repository, up to
    `retries` times; the variants differ in how a change is seen."""
    retries = int(params["retries"])
    found = find_retry(agent)
    if found and found.start:
        return [retune_int(agent, agent.turn_loop.path, found.start, retries)]
    return nudge_at_stop(agent, names, variant, ("retries", "retry_text", "retry_left"),
                         retries, "not ", "with no change", "Nothing in the repository has "
                         "changed yet. Keep working on the task and make the change.")


def nudge_at_stop(agent: AgentIndex, names: Names, variant: str, kinds: tuple[str, str, str],
                  times: int, negate: str, when: str, message: str) -> list[EditOp]:
    """Edits that, when the model stops and the repository has (`negate` "": has; "not ": has
    not) changed, send `message` and go on, up to `times` times: the counter and text named
    from the pools `kinds` (limit, text, counter), the change check by `variant`."""
    limit, text, left, changed = (names.fresh(k) for k in (*kinds, "changed"))
    code = f"""if {left} > 0 and {negate}{changed}():
    {left} -= 1
    {agent.history}.append({{"role": "user", "content": {text}}})
    continue"""
    constants = (f"{limit} = {times}  # times the model is asked to go on after stopping "
                 f"{when}\n{text} = {json.dumps(message)}")
    return [*stop_injection(agent, left, limit, code),
            before_def(agent, agent.turn_loop.path, agent.turn_loop.first,
                       CHANGED[variant].format(fn=changed)),
            after_limit(agent, constants)]


RETRY_EMPTY: Mechanism = Mechanism(
    id="retry_empty", family="loop", params=(Param("retries", 1, 4),), needs=(),
    fixes=("F2",), variants=("porcelain", "diff_quiet"),
    statement="When the model stops without having changed the repository, ask it to go on "
              "(at most {retries} times).",
    generate=retry_generate, existing=retry_existing)
