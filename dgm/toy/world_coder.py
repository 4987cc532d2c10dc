"""The open world's coding agent: a plan drawn once per task run, then steps gated by evidence
(WORLD_DESIGN.md A.4), opted into with `[gateway.providers.toy] world = "open"`.

Each latent failure of a run has one uniform draw, compared with a threshold that depends on the
evidence at that moment (common random numbers: better evidence can only turn a failure into a
success for the same draw). Evidence is what `observe` finds in the request: real command output
and texts the agent injected, known by their position. Tools are used by kind (schema shape),
never by name; the system prompt is never read. Every answer is tagged
`(step: NAME, why: CODE, seen: ...)` so a log states the evidence the run had.

Exploring reads each patched file once, then its outline while the code is still in view, and
the code again on the last exploring turn before the edit (or when it was cut or compacted).

Failures made here: out_of_turns (mechanical: the agent's turns end first), give_up, slip,
overflow (the wander command; the provider refuses the oversized request), misread, timeout,
chased_unrelated, debug_leftover, stopped_early. Left for later: lost_code as its own step,
edit_rejected, cut_answer, looping, blind_tests (F7-F9, F12, F14), the "hurry" reading of
injected text, tool trust, and the SEARCH tool habit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from dgm.toy import world
from dgm.toy.coder import TEST_COMMAND, WANDER_COMMAND  # the same commands in both worlds
from dgm.toy.conversation import LABEL, Action, Draws
from dgm.toy.observe import Evidence, ToolKind, Trace, observe
from dgm.toy.output import hunks
from dgm.toy.patches import apply_command, slipped, touched_files
from ground.context import CallContext

DEBUG_LINE = 'print("debug: reached the fix")'
MISREAD_NOTE = "# Reviewed for the task; behaviour kept as it was.\n"
DEFAULT_TIMEOUT_S = 300.0  # the harness's default agent time limit, when the hint is absent

# What the workspace holds after an edit, by the edit's why code (a `fix` always makes it FULL).
FULL, SLIPPED, MISREAD, DEBUG, FIRST, NONE = "full", "slip", "misread", "debug", "first", "none"
STATE_AFTER = {"slip": SLIPPED, "misread": MISREAD, "debug_leftover": DEBUG,
               "stopped_early": FIRST, "chased_unrelated": NONE}
EDITS = frozenset({"edit", "edit_wrong", "edit_misread", "fix"})


@dataclass(frozen=True)
class Task:
    """The host-side facts of one task run (CallContext.hints)."""

    patch: str
    difficulty: int
    kind: str
    features: frozenset[str]
    limit_s: float  # simulated seconds before the toy times out


@dataclass(frozen=True)
class WorldPlan:
    """How one task run will go: its exploring and one uniform draw per latent failure."""

    explore_turns: int
    wander_at: int | None  # which exploring turn is the huge grep, if any
    give_up: float
    slip: float
    misread: float
    redo: float
    stopped_early: float
    chased: float
    debug: float
    tests_habit: float


def task_of(context: CallContext) -> Task:
    """The task's facts from the context's hints (absent ones: a plain bugfix of difficulty 2)."""
    hints = context.hints
    difficulty = hints.get("difficulty", 2)
    features = hints.get("features")
    timeout = hints.get("agent_timeout_s")
    return Task(
        patch=str(hints.get("reference_patch") or ""),
        difficulty=min(max(int(difficulty) if isinstance(difficulty, int | float) else 2, 1), 3),
        kind=str(hints.get("kind") or "bugfix"),
        features=frozenset(str(f) for f in features) if isinstance(features, list) else frozenset(),
        limit_s=world.WORLD.clock.limit_seconds(
            float(timeout) if isinstance(timeout, int | float) else DEFAULT_TIMEOUT_S))


def plan_for(context: CallContext, seed: int) -> WorldPlan:
    """The plan of a task run, keyed by host-side facts only (as coder.plan_for): the provider
    seed, the context seed, task id, role and a hash of the reference patch."""
    task = task_of(context)
    digest = hashlib.sha256(task.patch.encode()).hexdigest()[:16]
    draws = Draws(seed, context.seed, context.task_id, context.role, digest)
    explore = world.EXPLORE_BASE[task.difficulty] + draws.randint("explore", 0,
                                                                   world.EXPLORE_EXTRA)
    wander = draws.uniform("wander") < world.rate("wander", task.difficulty)
    return WorldPlan(
        explore_turns=explore,
        wander_at=draws.randint("wander_at", 1, explore - 1) if wander else None,
        **{name: draws.uniform(name) for name in (
            "give_up", "slip", "misread", "redo", "stopped_early", "chased", "debug",
            "tests_habit")})


def next_action(request: dict[str, Any], context: CallContext, seed: int) -> Action:
    """The simulated model's next answer in a coding conversation, in the open world."""
    task = task_of(context)
    if not task.patch.strip():
        return _say("stop", "no_patch", None, "I have no idea how to solve this task.")
    trace = observe(request, task.patch)
    if trace.tool_of(ToolKind.SHELL) is None:
        return _say("stop", "no_shell", trace, "I cannot act: the agent offers no shell.")
    if trace.sim_seconds > task.limit_s:
        return _say("timeout", "timeout", trace, "I ran out of time.")
    plan = plan_for(context, seed)
    edits = [i for i, turn in enumerate(trace.turns) if turn.step in EDITS]
    if not edits:
        return _before_edit(request, trace, plan, task)
    return _after_edit(request, trace, plan, task, edits[-1])


# ---- before the first edit ---------------------------------------------------------------------


def _before_edit(request: dict[str, Any], trace: Trace, plan: WorldPlan, task: Task) -> Action:
    explored = sum(t.step in ("explore", "wander") for t in trace.turns)
    needed = plan.explore_turns - (1 if trace.evidence.files == -1 else 0)  # a repo map came
    if explored < needed:
        return _explore(request, trace, plan, task, explored, last=explored == needed - 1)
    gave_up = next((i for i, t in enumerate(trace.turns) if t.step == "give_up"), None)
    threshold = world.rate("give_up", task.difficulty)
    if plan.give_up < threshold and (gave_up is None or not _continued_after(trace, gave_up)):
        return _say("give_up", "give_up", trace, "I am not sure what to change; I stop here.")
    return _first_edit(request, trace, plan, task)


def _explore(request: dict[str, Any], trace: Trace, plan: WorldPlan, task: Task,
             index: int, last: bool) -> Action:
    if index == plan.wander_at:
        return _shell(request, trace, "wander", "explore", WANDER_COMMAND,
                      "Let me look for similar code in the standard library.")
    files = touched_files(task.patch) or list(hunks(task.patch))
    if trace.evidence.files != -1:
        index -= 1  # the first exploring turn lists the files
    if index < 0 or not files:
        return _shell(request, trace, "explore", "explore", "git ls-files | head -n 200",
                      "Let me look around the repository.")
    path = files[index % len(files)]
    if index >= len(files) and not last and trace.evidence.has_code([path]):
        # read once and still in view: its outline again, not all of it (the last exploring
        # turn reads the code it is about to change once more)
        return _shell(request, trace, "explore", "outline", f"grep -n 'def \\|class ' '{path}'",
                      f"Let me see the outline of {path}.")
    editor = trace.tool_of(ToolKind.EDITOR) or trace.tool_of(ToolKind.EDITOR_LINES)
    if editor is not None:
        text = _text("explore", "read", trace, f"Let me read {path}.")
        return Action("explore", text, editor, _editor_view(request, editor, path))
    return _shell(request, trace, "explore", "read", f"cat -n '{path}'", f"Let me read {path}.")


def _first_edit(request: dict[str, Any], trace: Trace, plan: WorldPlan, task: Task) -> Action:
    """The first edit, carrying whichever latent failure the draws and evidence allow."""
    paths = list(hunks(task.patch))
    blind = not trace.evidence.has_code(paths)
    misread = world.rate("misread_blind" if blind else "misread", task.difficulty)
    if plan.misread < misread:
        return _change(request, trace, NONE, MISREAD, "edit_misread", "misread", task)
    if plan.slip < world.rate("slip", task.difficulty) and slipped(task.patch):
        return _change(request, trace, NONE, SLIPPED, "edit_wrong", "slip", task)
    if "multi_file" in task.features and plan.stopped_early < world.P_STOPPED_EARLY \
            and len(_split(task.patch)) > 1:
        return _change(request, trace, NONE, FIRST, "edit", "stopped_early", task)
    if "stdout_checked" in task.features and plan.debug < world.P_DEBUG_LEFTOVER \
            and _with_debug(task.patch):
        return _change(request, trace, NONE, DEBUG, "edit", "debug_leftover", task)
    return _change(request, trace, NONE, FULL, "edit", "plan", task)


# ---- after an edit -----------------------------------------------------------------------------


def _after_edit(request: dict[str, Any], trace: Trace, plan: WorldPlan, task: Task,
                last: int) -> Action:
    turn, ev = trace.turns[last], trace.evidence
    state = FULL if turn.step == "fix" else STATE_AFTER.get(turn.why, FULL)
    if state == SLIPPED and (ev.syntax_after is not None or ev.tests_failing):
        return _change(request, trace, state, FULL, "fix", "slip", task)
    if state == MISREAD and ev.fail_detail is not None and plan.redo < world.P_REDO_AFTER_DETAIL:
        return _change(request, trace, state, FULL, "fix", "misread", task)
    if state == DEBUG and ev.diff_after is not None:
        return _change(request, trace, state, FULL, "fix", "debug_leftover", task)
    if state == FIRST and _continued_after(trace, last):
        return _change(request, trace, state, FULL, "edit", "continued", task)
    if state == FULL and _chases(trace, plan, task, ev):
        return _change(request, trace, state, NONE, "edit_wrong", "chased_unrelated", task)
    if last == len(trace.turns) - 1 and ev.tests_after is None and _tests_habit(trace, plan):
        return _run_tests(request, trace, task)
    why = "stopped_early" if state == FIRST else "finished"
    return _say("done", why, trace, "I made the change; the task should be solved.")


def _chases(trace: Trace, plan: WorldPlan, task: Task, ev: Evidence) -> bool:
    """A failure that was there before the edit, seen after it with no baseline run: the toy
    takes it for its own and reworks its correct patch."""
    return ("preexisting_failure" in task.features and ev.tests_failing and ev.baseline is None
            and plan.chased < world.P_CHASED_UNRELATED)


def _tests_habit(trace: Trace, plan: WorldPlan) -> bool:
    """The toy runs the tests after an edit: always with a test tool, sometimes with a shell."""
    if trace.tool_of(ToolKind.TESTS) is not None:
        return plan.tests_habit < world.P_TESTS_HABIT_TOOL
    return plan.tests_habit < world.P_TESTS_HABIT_SHELL


def _run_tests(request: dict[str, Any], trace: Trace, task: Task) -> Action:
    runner = trace.tool_of(ToolKind.TESTS)
    if runner is not None:
        return Action("test", _text("test", "check", trace, "Let me run the tests."), runner, {})
    return _shell(request, trace, "test", "check", TEST_COMMAND, "Let me run the tests.")


def _continued_after(trace: Trace, turn: int) -> bool:
    """The agent injected a text after a tool-less answer at or after `turn` (any wording)."""
    return any(i.after_stop and i.after_turn >= turn for i in trace.injected)


# ---- workspace states and the commands between them ---------------------------------------------


def _change(request: dict[str, Any], trace: Trace, old: str, new: str, step: str, why: str,
            task: Task) -> Action:
    """An edit taking the workspace from state `old` to state `new`, in one shell command."""
    undo = _command(old, task.patch, reverse=True)
    do = _command(new, task.patch, reverse=False)
    command = "\n".join(c for c in ("set -e" if undo and do else "", undo, do) if c)
    return _shell(request, trace, step, why, command or "git status --short",
                  "I will apply my fix." if step != "fix" else "I will repair my edit.")


def _command(state: str, patch: str, reverse: bool) -> str:
    """The command that makes (or undoes) `state` from (or back to) the base commit."""
    if state == NONE:
        return ""
    if state == MISREAD:
        path = touched_files(patch)[0] if touched_files(patch) else ""
        if not path:
            return ""
        if reverse:
            return f"git checkout -- '{path}'"
        return f"cat >> '{path}' <<'DGM_TOY_NOTE'\n{MISREAD_NOTE}DGM_TOY_NOTE"
    diff = {FULL: patch, SLIPPED: slipped(patch), DEBUG: _with_debug(patch),
            FIRST: _split(patch)[0]}[state] or patch
    return apply_command(diff, reverse=reverse)


def _split(patch: str) -> list[str]:
    """The patch as one diff per file (sections starting at `diff --git`)."""
    sections: list[list[str]] = []
    for line in patch.splitlines(keepends=True):
        if line.startswith("diff --git ") or not sections:
            sections.append([])
        sections[-1].append(line)
    return ["".join(s) for s in sections if any(x.startswith("@@") for x in s)]


def _with_debug(patch: str) -> str | None:
    """The patch with a debugging print before its first added line of Python code."""
    lines = patch.splitlines(keepends=True)
    target, header = "", -1
    for i, line in enumerate(lines):
        if line.startswith("+++ "):
            target, header = line[4:].strip(), -1
        elif line.startswith("@@"):
            header = i
        elif header >= 0 and target.endswith(".py") and line.startswith("+") \
                and line[1:].strip() and not line[1:].lstrip().startswith(
                    ("#", "else", "elif", "except", "finally", ")", "]", "}")):
            indent = line[1:len(line) - len(line[1:].lstrip(" \t"))]
            lines.insert(i, f"+{indent}{DEBUG_LINE}\n")
            head = lines[header].split(" @@", 1)
            old, new = head[0].removeprefix("@@ ").split(" ")
            start, _, count = new.partition(",")
            lines[header] = f"@@ {old} {start},{int(count or 1) + 1} @@{head[1]}"
            return "".join(lines)
    return None


# ---- answers ---------------------------------------------------------------------------------


def _shell(request: dict[str, Any], trace: Trace, step: str, why: str, command: str,
           prose: str) -> Action:
    """An answer calling the agent's shell tool (whatever it is called) with `command`."""
    name = trace.tool_of(ToolKind.SHELL) or ""
    return Action(step, _text(step, why, trace, prose), name,
                  {_required(request, name)[0]: command})


def _editor_view(request: dict[str, Any], name: str, path: str) -> dict[str, Any]:
    """The input of an editor `view` call: the enum property says view, the other required
    string property holds the path."""
    props = _schema(request, name).get("properties") or {}
    verb = next(k for k, v in props.items() if isinstance(v, dict) and "view" in (v.get("enum")
                                                                                   or []))
    where = next((k for k in _required(request, name) if k != verb), "path")
    return {verb: "view", where: path}


def _schema(request: dict[str, Any], name: str) -> dict[str, Any]:
    tool: dict[str, Any] = next(
        (t for t in request.get("tools") or [] if t.get("name") == name), {})
    schema = tool.get("input_schema")
    return schema if isinstance(schema, dict) else {}


def _required(request: dict[str, Any], name: str) -> list[str]:
    return [str(r) for r in _schema(request, name).get("required") or []] or ["command"]


def _say(step: str, why: str, trace: Trace | None, prose: str) -> Action:
    return Action(step, _text(step, why, trace, prose))


def _text(step: str, why: str, trace: Trace | None, prose: str) -> str:
    """A labelled answer tagged with its step, its reason and the evidence seen so far."""
    return f"{LABEL} (step: {step}, why: {why}, seen: {_seen(trace)}) {prose}"


def _seen(trace: Trace | None) -> str:
    if trace is None:
        return "none"
    ev = trace.evidence
    names = [name for name, at in (
        ("files", ev.files), ("code", min(ev.code.values()) if ev.code else None),
        ("baseline", ev.baseline), ("tests_after", ev.tests_after),
        ("fail_detail", ev.fail_detail), ("syntax_after", ev.syntax_after),
        ("diff_after", ev.diff_after), ("continued", ev.continued)) if at is not None]
    return ",".join(names) or "none"

