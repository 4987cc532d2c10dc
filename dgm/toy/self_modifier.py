"""The simulated model as a self-modifying agent: it makes one catalog improvement.

The conversation is the parent agent running on a checkout of its own source.
The simulated model finds which catalog improvement the problem statement asks
for, views the file with the agent's editor tool, and makes the improvement's
edits with str_replace, each anchored on the code it viewed. If the improvement
is already there or an anchor is missing it stops without editing. Sometimes its
last edit carries a syntax slip; when the system prompt asks it to run tests it
runs the agent's self-check afterwards and repairs the slip if the check fails.
"""

from __future__ import annotations

import re
from typing import Any

from dgm.toy.catalog import SLIP_LINE, TESTS_REQUESTED, Improvement, find_improvement
from dgm.toy.conversation import (
    Action,
    Draws,
    Turn,
    first_user_text,
    history,
    say,
    system_text,
    tool_names,
)
from ground.context import CallContext

P_BREAK = 0.15
CHECK_COMMAND = "python coding_agent.py --self-check"
CHECK_FAILED = re.compile(r"Traceback|Error|\[exit code [1-9]")
VIEW_PREFIX = re.compile(r"^ *\d+\t", re.M)
EDITS = ("edit", "edit_broken", "repair")


def next_action(request: dict[str, Any], context: CallContext, seed: int) -> Action:
    """The simulated model's next answer while changing the agent's own code."""
    item = find_improvement(first_user_text(request))
    if item is None:
        return _stop("I do not know how to make this change.")
    if "editor" not in tool_names(request):
        return _stop("I cannot edit: the agent offers no editor tool.")
    turns = history(request)
    views = [t for t in turns if t.step == "view"]
    if not views:
        return Action("view", say("view", f"Let me read {item.path}."), "editor",
                      {"command": "view", "path": item.path})
    failed = [t for t in turns if t.step in EDITS and _failed(t.result)]
    if failed or views[0].result is None:
        return _stop("My edit did not go through, so I stop here.")
    viewed = VIEW_PREFIX.sub("", views[0].result)
    # Keyed by the attempt's seed and the improvement asked for, not by how the agent words
    # its messages or shows the file: only what the agent does changes the outcome.
    draws = Draws(seed, context.seed, context.role, item.id)
    return _next_edit(request, item, turns, viewed, draws)


def _next_edit(request: dict[str, Any], item: Improvement, turns: list[Turn], viewed: str,
               draws: Draws) -> Action:
    made = [t for t in turns if t.step in ("edit", "edit_broken")]
    if not made and item.is_present(viewed):
        return _stop(f"The agent already has this: {item.title.lower()}.")
    if len(made) < len(item.edits):
        return _edit(item, len(made), _current(viewed, turns), draws)
    if not re.search(TESTS_REQUESTED, system_text(request)) or "bash" not in tool_names(request):
        return _finish(item)
    last, broken = turns[-1], [t for t in turns if t.step == "edit_broken"]
    if last.step in EDITS:
        return Action("check", say("check", "Let me check that the agent still runs."), "bash",
                      {"command": CHECK_COMMAND})
    if last.step == "check" and CHECK_FAILED.search(last.result or "") and broken:
        if not any(t.step == "repair" for t in turns):
            return _repair(item, (broken[0].tool_input or {}).get("new_str", ""))
    return _finish(item)


def _repair(item: Improvement, slipped: str) -> Action:
    """Replace the slipped text by the same text without its slip line."""
    good = re.sub(r"^[ \t]*" + re.escape(SLIP_LINE), "", slipped, count=1, flags=re.M)
    return Action("repair", say("repair", "The check fails; I will fix my edit."), "editor",
                  {"command": "str_replace", "path": item.path, "old_str": slipped,
                   "new_str": good})


def _edit(item: Improvement, index: int, code: str, draws: Draws) -> Action:
    match = item.edits[index].find(code)
    if match is None:
        return _stop("I cannot find the code this change belongs to, so I leave it as it is.")
    broken = index == len(item.edits) - 1 and draws.uniform("break") < P_BREAK
    step = "edit_broken" if broken else "edit"
    return Action(step, say(step, f"Editing {item.path} ({index + 1}/{len(item.edits)})."),
                  "editor", {"command": "str_replace", "path": item.path,
                             "old_str": match.group(0),
                             "new_str": item.edits[index].new_text(match, broken)})


def _current(viewed: str, turns: list[Turn]) -> str:
    """The viewed code with the simulated model's own replacements since then."""
    code = viewed
    for turn in turns:
        if turn.step in EDITS and turn.tool_input:
            code = code.replace(turn.tool_input["old_str"], turn.tool_input["new_str"], 1)
    return code


def _failed(result: str | None) -> bool:
    return result is None or result.lstrip().startswith("Error")


def _stop(text: str) -> Action:
    return Action("stop", say("stop", text))


def _finish(item: Improvement) -> Action:
    return Action("done", say("done", f"I made the change: {item.title.lower()}."))
