"""The open world's self-modifier (WORLD_DESIGN.md B), the role `self_modifier` of
`[gateway.providers.toy] world = "open"`.

The conversation is the parent agent running on a checkout of its own source. The toy finds the
change the problem statement asks for (the diagnoser's `[simulated model] change: {json}` line,
else a mechanism's statement or English phrases), reads coding_agent.py and tools/*.py with the
agent's own tools (`tool_use`: by schema kind, never by name), pages through views the agent
cut and stops when it cannot get a file whole (an agent whose tools cut badly is worse at
improving itself), computes the change with `mechanisms.improve` on what it read and writes it
back one edit per answer (`self_edits`). Sometimes the change carries a bug (B.7); with a shell,
by habit, it runs the agent's self-check and repairs a syntax slip the check shows. Stateless:
it reads its progress back from its own tagged answers and their results, and recomputes the
change from the same draws at every turn.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from typing import Any

from dgm.toy.agent_ast import index
from dgm.toy.conversation import LABEL, Action, Draws, first_user_text
from dgm.toy.mechanisms import MECHANISMS, EditOp, Mechanism, Params, improve
from dgm.toy.observe import ToolKind, Trace, Turn, observe
from dgm.toy.output import syntax_error
from dgm.toy.self_edits import edits_between, repair, with_bug
from dgm.toy.tool_use import EDITED, Hands, answer, hands_of, next_page, whole
from dgm.toy.world import P_TESTS_HABIT_SHELL, P_TESTS_HABIT_TOOL
from ground.context import CallContext

DEFAULT_BUG_RATE = 0.15  # share of modifications that carry a bug (B.7)
BUG_WEIGHTS = {"syntax": .4, "runtime": .25, "semantic": .25, "contract": .1}
ENTRY, TOOLS_DIR = "coding_agent.py", "tools"  # the agent contract's layout
CHECK_COMMAND = "python coding_agent.py --self-check && python -m compileall -q ."
CHANGE_LINE = re.compile(re.escape(LABEL) + r" change: (\{.*\})")
LISTED = re.compile(r"\s*(?:tools/)?([A-Za-z0-9][\w.-]*\.py)\s*")  # a line of `ls` or a view
# Phrases of a problem statement, by mechanism; each mechanism's id read as words counts too.
PHRASES: dict[str, tuple[str, ...]] = {
    "truncate": (r"truncat", r"\bcut\b", r"shorten", r"too long"),
    "turn_limit": (r"\bturns?\b", r"model calls", r"more calls"),
    "retry_empty": (r"empty diff", r"diff is empty", r"\bcontinue\b", r"\bgo on\b",
                    r"gives? up"),
    "repo_map": (r"file list", r"list of (?:the )?(?:repository's )?files", r"repo(?:sitory)? map"),
    "verify_on_done": (r"run(?:s|ning)? the tests", r"failing tests", r"test failures"),
}


@dataclass(frozen=True)
class Change:
    """What the problem statement asks for."""

    mechanism: str
    op: str = "add"  # add | retune | remove
    params: Params | None = None
    variant: str | None = None


@dataclass(frozen=True)
class Plan:
    """The whole modification: its edits in order, and how to take its syntax slip out."""

    edits: list[EditOp]
    repair: EditOp | None
    bug: str | None  # the kind of bug it carries
    why: str  # added | retuned
    summary: str


def next_action(request: dict[str, Any], context: CallContext, seed: int,
                bug_rate: float = DEFAULT_BUG_RATE) -> Action:
    """The simulated model's next answer while the agent changes its own code."""
    change = wanted(first_user_text(request))
    if change is None:
        return answer("stop", "unknown_change", "I do not know which change to make.")
    if change.mechanism not in MECHANISMS:
        return answer("stop", "unknown_mechanism", f"I know no mechanism {change.mechanism!r}.")
    if change.op == "remove":
        return answer("stop", "cannot_remove", f"I cannot remove {change.mechanism} yet.")
    trace = observe(request)
    hands = hands_of(request, trace)
    if not hands.writes():
        return answer("stop", "no_tools", "I cannot act: no tool here can change a file.")
    files = _gather(trace, hands)
    if isinstance(files, Action):
        return files
    draws = change_draws(context, seed, change)
    try:
        plan = plan_change(files, change, draws, bug_rate)
    except (ValueError, LookupError) as error:  # improve() meets a shape it cannot edit
        return answer("stop", "cannot_change", f"I cannot make this change here: {error}")
    checks = hands.shell is not None and will_check(
        draws, trace.tool_of(ToolKind.TESTS) is not None)
    return _act(trace, hands, plan, checks)


# ---- what to make ----------------------------------------------------------------------------


def wanted(statement: str) -> Change | None:
    """The change line's change, else a mechanism whose statement or phrases the text uses."""
    for found in CHANGE_LINE.finditer(statement):
        change = _from_json(found.group(1))
        if change is not None:
            return change
    return _from_statement(statement) or _from_phrases(statement)


def _from_json(text: str) -> Change | None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("mechanism"), str):
        return None
    params, variant = data.get("params"), data.get("variant")
    return Change(data["mechanism"], str(data.get("op") or "add"),
                  params if isinstance(params, dict) else None,
                  variant if isinstance(variant, str) else None)


def _from_statement(statement: str) -> Change | None:
    """A mechanism whose statement template the text holds, with its parameters read back."""
    text = " ".join(statement.split())
    for mech in MECHANISMS.values():
        parts = re.split(r"\{(\w+)\}", " ".join(mech.statement.split()))
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[\\w.]+?)"
                          for i, p in enumerate(parts))
        found = re.search(pattern, text)
        if found:
            return Change(mech.id, params=_values(mech, found.groupdict()))
    return None


def _values(mech: Mechanism, raw: dict[str, str]) -> Params | None:
    params: Params = {}
    for param in mech.params:
        value = raw.get(param.name)
        if value is None or (param.choices and value not in param.choices):
            return None
        try:
            params[param.name] = value if param.choices else (
                round(float(value)) if param.integer else float(value))
        except ValueError:
            return None
    return params


def _from_phrases(statement: str) -> Change | None:
    """The mechanism whose phrases cover most of the text (the earliest on a tie)."""
    text = " ".join(statement.lower().split())
    scores = []
    for mech in MECHANISMS:
        phrases = (re.escape(mech.replace("_", " ")), *PHRASES.get(mech, ()))
        hits = [found for p in phrases if (found := re.search(p, text))]
        if hits:
            scores.append((-sum(len(h.group(0)) for h in hits), min(h.start() for h in hits),
                           mech))
    return Change(min(scores)[2]) if scores else None


# ---- reading the agent's source --------------------------------------------------------------


def _gather(trace: Trace, hands: Hands) -> dict[str, str] | Action:
    """The agent's source as read so far, or the answer that reads more of it."""
    views = [(hands.viewed(t.calls[0].input if t.calls else {}), _result(t))
             for t in trace.turns if t.step == "read"]
    entry = _file(ENTRY, [v for p, v in views if p == ENTRY], hands)
    if isinstance(entry, Action):
        return entry
    listing = next((t for t in trace.turns if t.step == "list"), None)
    if listing is None:
        return hands.view("list", "tools", TOOLS_DIR, "Let me see which tools the agent has.")
    files = {ENTRY: entry}
    for name in sorted({m.group(1) for line in _result(listing).split("\n")
                        if (m := LISTED.fullmatch(line)) and not m.group(1).startswith("_")}):
        path = f"{TOOLS_DIR}/{name}"
        text = _file(path, [v for p, v in views if p == path], hands)
        if isinstance(text, Action):
            return text
        files[path] = text
    return files


def _file(path: str, views: list[str], hands: Hands) -> str | Action:
    """The whole text of `path`, or the answer that views (more of) it."""
    if not views:
        return hands.view("read", "file", path, f"Let me read {path}.")
    text = whole(views)
    if text is not None:
        return text
    page = next_page(views)
    action = hands.page(path, *page) if page else None
    return action or answer("stop", "cannot_read",
                            f"I cannot see all of {path}, so I leave the agent as it is.")


# ---- the change ------------------------------------------------------------------------------


def change_draws(context: CallContext, seed: int, change: Change) -> Draws:
    """The draws of one modification: host-side facts and the change asked for, never the
    agent's words."""
    return Draws(seed, context.seed, context.role, change.mechanism,
                 json.dumps(change.params, sort_keys=True))


def bug_of(draws: Draws, bug_rate: float) -> str | None:
    """The kind of bug the modification carries, if any (drawn by BUG_WEIGHTS)."""
    if draws.uniform("bug") >= bug_rate:
        return None
    u, total = draws.uniform("bug_kind"), 0.0
    for kind, weight in BUG_WEIGHTS.items():
        total += weight
        if u < total:
            return kind
    return kind


def will_check(draws: Draws, tests_tool: bool) -> bool:
    """The toy's habit of checking its work (when the agent offers a shell)."""
    return draws.uniform("check") < (P_TESTS_HABIT_TOOL if tests_tool else P_TESTS_HABIT_SHELL)


def plan_change(files: dict[str, str], change: Change, draws: Draws, bug_rate: float) -> Plan:
    """The modification of `files`: improve() keyed by the draws, a bug by bug_rate, as edits.
    Given parameters are completed by the present ones, then by drawn ones."""
    mech = MECHANISMS[change.mechanism]
    before = mech.existing(index(files))
    rng = random.Random(f"{draws.key}|improve")
    params = {**mech.draw(rng), **(before or {}), **change.params} if change.params else None
    target, after, variant = improve(files, mech.id, rng, change.variant, params)
    target, bug = with_bug(bug_of(draws, bug_rate), files, target, draws)
    why = "added" if before is None else "retuned"
    shown = ", ".join(f"{k}={v}" for k, v in after.items())
    return Plan(edits_between(files, target), repair(target) if bug == "syntax" else None, bug,
                why, f"{why} {mech.id} ({variant}, {shown})")


# ---- writing, checking, answering --------------------------------------------------------------


def _act(trace: Trace, hands: Hands, plan: Plan, checks: bool) -> Action:
    """After reading: the next edit, the check, the repair of a slip it shows, or done."""
    if not plan.edits:
        return answer("stop", "no_change", f"The agent already is what I would make: "
                                           f"{plan.summary}.")
    writes = [t for t in trace.turns if t.step in ("edit", "repair")]
    if any(_failed(t) for t in writes):
        return answer("stop", "edit_failed", "My edit did not go through, so I stop here.")
    made = sum(t.step == "edit" for t in writes)
    if made < len(plan.edits):
        prose = f"Editing {plan.edits[made][0]} ({made + 1}/{len(plan.edits)})."
        return hands.write(plan.edits[made], "edit", "change", prose)
    checked = next((t for t in trace.turns if t.step == "check"), None)
    if checked is None and checks:
        return hands.run("check", "habit", CHECK_COMMAND,
                         "Let me check that the agent still starts and compiles.")
    if checked is not None and plan.repair is not None and syntax_error(_result(checked)) \
            and not any(t.step == "repair" for t in writes):
        return hands.write(plan.repair, "repair", "syntax",
                           "The check shows a syntax error; I fix my edit.")
    return answer("done", plan.why, f"I made the change: {plan.summary}.")


def _failed(turn: Turn) -> bool:
    """A write whose result says it did not go through."""
    text = _result(turn)
    if turn.calls and turn.calls[0].kind is ToolKind.SHELL:
        return EDITED not in text
    return not turn.results or turn.results[0].is_error or text.lstrip().startswith("Error")


def _result(turn: Turn) -> str:
    return turn.results[0].text if turn.results else ""
