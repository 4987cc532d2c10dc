"""The simulated model as a coding agent on a benchmark task.

It knows the task's reference patch (a host-side hint) and works through the
agent's own tools: it explores for a few turns, then applies a patch with bash.
What it gets wrong, and what lets it recover, depends on the agent's code only:

- exploring takes 2*difficulty + 0..2 turns, so few allowed turns end the run early;
- its first patch sometimes carries a syntax slip; it reverts and applies the right
  patch only after a test run shows failures, and it runs the tests only when the
  system prompt asks it to;
- sometimes it stops without editing, unless the user then says the diff is empty;
- sometimes it wanders into a huge grep, whose untruncated output overflows the
  simulated context window;
- sometimes it misreads the task and makes a useless edit (nothing recovers that).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from dgm.toy.catalog import TESTS_REQUESTED
from dgm.toy.conversation import (
    Action,
    Draws,
    Turn,
    history,
    later_user_texts,
    say,
    system_text,
    tool_names,
)
from dgm.toy.patches import apply_command, slipped, touched_files
from ground.context import CallContext

# Per difficulty 1, 2, 3.
EXPLORE_BASE = {1: 2, 2: 4, 3: 6}  # exploring turns, plus 0..2
P_WANDER = {1: 0.05, 2: 0.15, 3: 0.25}
P_GIVE_UP = {1: 0.10, 2: 0.15, 3: 0.20}
P_WRONG_FIRST = {1: 0.15, 2: 0.30, 3: 0.45}
P_MISREAD = {1: 0.02, 2: 0.05, 3: 0.10}

NUDGE = re.compile(r"(?i)diff is empty|empty (?:diff|patch)|not changed any|no changes")
FAILING = re.compile(r"(?i)\b\d+ (?:failed|errors?)\b|^(?:FAILED|ERROR)\b|SyntaxError|Traceback",
                     re.M)
TEST_COMMAND = "PYTHONDONTWRITEBYTECODE=1 python -m pytest -q -p no:cacheprovider 2>&1 | tail -n 25"
# Binary files skipped (-I) and errors sent down the same pipe: grep's "binary file matches"
# notes on stderr used to land among head's lines wherever the scheduler put them, so two runs
# of the same conversation differed.
WANDER_COMMAND = (
    "grep -rnI 'def '"
    " \"$(python3 -c 'import sysconfig; print(sysconfig.get_paths()[\"stdlib\"])')\""
    " 2>&1 | head -n 4000"
)
EDITS = ("edit", "edit_wrong", "edit_misread", "fix")


@dataclass(frozen=True)
class CodingPlan:
    """How one attempt at one task will go, drawn before the first turn."""

    explore_turns: int
    wander_at: int | None  # which exploring turn is the huge grep, if any
    give_up: bool
    wrong_first: bool
    misread: bool


def coding_plan(draws: Draws, difficulty: int) -> CodingPlan:
    """The plan for one attempt; `draws` is keyed by host-side facts of the task run only."""
    d = min(max(difficulty, 1), 3)
    explore = EXPLORE_BASE[d] + draws.randint("explore", 0, 2)
    wander = draws.uniform("wander") < P_WANDER[d]
    return CodingPlan(
        explore_turns=explore,
        wander_at=draws.randint("wander_at", 1, explore - 1) if wander else None,
        give_up=draws.uniform("give_up") < P_GIVE_UP[d],
        wrong_first=draws.uniform("wrong_first") < P_WRONG_FIRST[d],
        misread=draws.uniform("misread") < P_MISREAD[d],
    )


def plan_for(context: CallContext, seed: int) -> CodingPlan:
    """The plan of a task run, drawn from what the host says about it, never what the agent says.

    The key is the provider seed, the context's seed (the run seed plus the repeat index),
    the task id and the task's reference patch (its text held on the host): an agent that
    rewords or re-spaces its messages gets the same draws, so only its behaviour counts.
    """
    patch = str(context.hints.get("reference_patch") or "")
    task_text = hashlib.sha256(patch.encode()).hexdigest()[:16]
    draws = Draws(seed, context.seed, context.task_id, context.role, task_text)
    difficulty = context.hints.get("difficulty", 2)
    return coding_plan(draws, int(difficulty) if isinstance(difficulty, int | float | str) else 2)


def next_action(request: dict[str, Any], context: CallContext, seed: int) -> Action:
    """The simulated model's next answer in a coding conversation."""
    patch = str(context.hints.get("reference_patch") or "")
    if not patch.strip():
        return Action("stop", say("stop", "I have no idea how to solve this task."))
    if "bash" not in tool_names(request):
        return Action("stop", say("stop", "I cannot act: the agent offers no bash tool."))
    plan, turns = plan_for(context, seed), history(request)
    if not any(t.step in EDITS for t in turns):
        return _before_edit(request, plan, turns, patch)
    return _after_edit(request, context, turns, patch)


def _before_edit(request: dict[str, Any], plan: CodingPlan, turns: list[Turn],
                 patch: str) -> Action:
    explored = sum(t.step in ("explore", "wander") for t in turns)
    if explored < plan.explore_turns:
        return _explore(explored, plan, touched_files(patch), tool_names(request))
    nudged = any(NUDGE.search(text) for text in later_user_texts(request))
    if plan.give_up and not nudged:
        return Action("give_up", say("give_up", "I looked at the code but I am not sure what "
                                     "to change, so I stop here without editing."))
    if plan.misread:
        return _misread(touched_files(patch))
    slip = slipped(patch) if plan.wrong_first else None
    if slip:
        return Action("edit_wrong", say("edit_wrong", "I will apply my fix."), "bash",
                      {"command": apply_command(slip)})
    return Action("edit", say("edit", "I will apply my fix."), "bash",
                  {"command": apply_command(patch)})


def _after_edit(request: dict[str, Any], context: CallContext, turns: list[Turn],
                patch: str) -> Action:
    done = Action("done", say("done", "I made the change; the task should be solved."))
    if not re.search(TESTS_REQUESTED, system_text(request)):
        return done
    last, steps = turns[-1], [t.step for t in turns]
    if last.step in EDITS:
        build = str(context.hints.get("build_command") or "")  # an exercise in another language
        command = f"{build} 2>&1 | tail -n 25" if build else TEST_COMMAND
        return Action("test", say("test", "Let me run the tests."), "bash", {"command": command})
    failing = last.step == "test" and FAILING.search(last.result or "")
    if failing and "edit_wrong" in steps and "fix" not in steps and (slip := slipped(patch)):
        undo = apply_command(slip, reverse=True)
        return Action("fix", say("fix", "The tests fail because of my edit; I will redo it."),
                      "bash", {"command": f"set -e\n{undo}\n{apply_command(patch)}"})
    return done


def _explore(index: int, plan: CodingPlan, files: list[str], tools: set[str]) -> Action:
    if index == plan.wander_at:
        return Action("wander", say("wander", "Let me look for similar code in the standard "
                                    "library."), "bash", {"command": WANDER_COMMAND})
    text = say("explore", "Let me look around the repository.")
    if index == 0 or not files:
        return Action("explore", text, "bash", {"command": "git ls-files | head -n 200"})
    path = files[(index - 1) % len(files)]
    if (index - 1) // len(files) % 2 == 0 and "editor" in tools:
        return Action("explore", text, "editor", {"command": "view", "path": path})
    return Action("explore", text, "bash", {"command": f"grep -n 'def \\|class ' '{path}'"})


def _misread(files: list[str]) -> Action:
    text = say("edit_misread", "I will apply my fix.")
    if not files:
        return Action("edit_misread", text)
    note = "# Reviewed for the task; behaviour kept as it was.\n"
    return Action("edit_misread", text, "bash",
                  {"command": f"cat >> '{files[0]}' <<'DGM_TOY_NOTE'\n{note}DGM_TOY_NOTE"})
