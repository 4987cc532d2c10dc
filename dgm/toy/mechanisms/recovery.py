"""Recovery mechanisms: M30 continue_when_partial, M29 stop_on_green (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, HookNotFound, dict_value, hook, str_key, unique
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import (
    after_limit,
    before_def,
    block,
    retune_int,
)
from dgm.toy.mechanisms.loop import CHANGED, nudge_at_stop
from dgm.toy.mechanisms.shapes import (
    Found,
    StopBlock,
    functions_called,
    int_read,
    stop_blocks,
    value,
)

# ---- M30 continue_when_partial ---------------------------------------------------------------


def find_partial(agent: AgentIndex) -> StopBlock | None:
    """An `if LEFT > 0 and CHANGED():` block in the stop branch that continues the loop with a
    text of its own (its body calls no helper)."""
    return next((b for b in stop_blocks(agent) if not b.negated and not b.helpers
                 and b.start is not None), None)


def partial_existing(agent: AgentIndex) -> Params | None:
    found = find_partial(agent)
    return {"times": found.times} if found else None


def partial_generate(agent: AgentIndex, params: Params, names: Names,
                     variant: str) -> list[EditOp]:
    """When the model stops after changing the repository, ask once more (up to `times`)
    whether anything is left to do; the variants differ in how a change is seen."""
    times = int(params["times"])
    found = find_partial(agent)
    if found and found.start:
        return [retune_int(agent, agent.turn_loop.path, found.start, times)]
    return nudge_at_stop(agent, names, variant, ("more_times", "more_text", "more_left"),
                         times, "", "with a change", "If the task needs more changes (another "
                         "file too), make them now; else answer again without a tool call.")


CONTINUE_WHEN_PARTIAL: Mechanism = Mechanism(
    id="continue_when_partial", family="recovery", params=(Param("times", 1, 3),), needs=(),
    fixes=("F15",), variants=("porcelain", "diff_quiet"),
    statement="When the model stops after changing the repository, ask it whether the task "
              "needs more and let it go on (at most {times} times).",
    generate=partial_generate, existing=partial_existing)

# ---- M29 stop_on_green -----------------------------------------------------------------------

GREEN = {
    "regex": '''def {fn}(results: list) -> bool:
    """Whether a tool result shows a green pytest run: at least {least} passed, none
    failed."""
    import re

    for result in results:
        text = str(result.get("content", ""))
        summaries = re.findall(r"^=*\\s*((?:\\d+ \\w+(?:, )?)+) in [\\d.]+s", text, re.M)
        passed = re.search(r"(\\d+) passed", summaries[-1]) if summaries else None
        if passed and not re.search(r"failed|error", summaries[-1]) \\
                and int(passed.group(1)) >= {least}:
            return True
    return False''',
    "words": '''def {fn}(results: list) -> bool:
    """Whether a tool result holds a green pytest summary: at least {least} passed, none
    failed."""
    for result in results:
        for line in str(result.get("content", "")).splitlines():
            words = line.strip("= ").replace(",", "").split()
            if "passed" not in words or "in" not in words \\
                    or {{"failed", "error", "errors"}} & set(words):
                continue
            count = words[words.index("passed") - 1]
            if count.isdigit() and int(count) >= {least}:
                return True
    return False''',
}


def _sends_results(agent: AgentIndex) -> tuple[str, ast.stmt]:
    """The list the loop collects tool results in, and its statement appending that list to
    the history as a user message."""
    loop = agent.turn_loop.node
    lists = {n.func.value.id for n in ast.walk(loop) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Attribute) and n.func.attr == "append"
             and isinstance(n.func.value, ast.Name) and n.args and isinstance(n.args[0], ast.Dict)
             and str_key(dict_value(n.args[0], "type"), "tool_result")}
    for s in ast.walk(loop):
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and s.value.args \
                and isinstance(s.value.args[0], ast.Dict):
            content = dict_value(s.value.args[0], "content")
            if isinstance(content, ast.Name) and content.id in lists:
                return content.id, s
    raise HookNotFound("results", "the turn loop sends no list of tool results to the model")


def find_green(agent: AgentIndex) -> Found | None:
    """An `if GREEN(RESULTS) and ...:` in the turn loop, past its stop branch, that stops the
    loop; GREEN reads a test summary ("passed") against a module-level int."""
    path = agent.turn_loop.path
    tree = agent.tree(path)
    for s in ast.walk(agent.turn_loop.node):
        if s is agent.stop_branch.node or not isinstance(s, ast.If) \
                or not isinstance(s.body[-1], ast.Return | ast.Break) \
                or not isinstance(s.test, ast.BoolOp):
            continue
        for fn in functions_called(s.test.values[0], tree):
            if any(isinstance(c, ast.Constant) and isinstance(c.value, str)
                   and "passed" in c.value for c in ast.walk(fn)):
                return int_read(path, tree, fn)
    return None


def green_existing(agent: AgentIndex) -> Params | None:
    found = find_green(agent)
    return {"min_passed": value(found)} if found else None


def green_generate(agent: AgentIndex, params: Params, names: Names,
                   variant: str) -> list[EditOp]:
    """After the tool results go to the history: a test run among them that passed, with the
    repository changed, ends the loop as the model's own stop would."""
    least = int(params["min_passed"])
    found = find_green(agent)
    if found:
        return [retune_int(agent, found[0], found[1], least)]
    const, green, changed = (names.fresh(k) for k in ("green_min", "green", "changed"))
    results, send = _sends_results(agent)
    path, src = agent.turn_loop.path, agent.files[agent.turn_loop.path]
    stop = ast.get_source_segment(src, agent.stop_branch.node.body[-1])  # type: ignore[attr-defined]
    h = hook(path, src, send)
    indent = h.segment[:len(h.segment) - len(h.segment.lstrip())]
    check = block(f"if {green}({results}) and {changed}():\n    {stop}", indent)
    helpers = (f"{GREEN[variant].format(fn=green, least=const)}\n\n\n"
               f"{CHANGED['porcelain'].format(fn=changed)}")
    old = unique(src, h)
    return [(path, old, f"{h.segment}\n{check}{old[len(h.segment):]}"),
            before_def(agent, path, agent.turn_loop.first, helpers),
            after_limit(agent, f"{const} = {least}  # passing tests that end the run after a "
                               "change")]


STOP_ON_GREEN: Mechanism = Mechanism(
    id="stop_on_green", family="recovery", params=(Param("min_passed", 1, 5),),
    needs=(), fixes=("F6",), variants=("regex", "words"),
    statement="End the run as soon as a test run after a change passes (at least {min_passed} "
              "tests passed, none failed), without waiting for the model to stop.",
    generate=green_generate, existing=green_existing)
