"""What a diagnosis request's evidence says, for the open world's diagnoser (WORLD_DESIGN.md C.1,
C.2): `signatures(text)` lists the failures the runs show, `behaviour(text, files)` what the
agent already does.

Both read the evidence as `dgm.evolution.diagnose` writes it (a summary line, then per run a
`## Task ID (resolved: .., empty patch: ..)` section with its patch, grading output and agent log
tail), loosely, like a model reads it: the toy coder's own tags in logged answers
`(step: NAME, why: CODE, seen: a,b)`, the agent's events (a model error, running out of turns,
however it words them), empty patches, syntax errors. What the agent does is judged from the
logs only; its source serves to estimate the current values of the parameters a retune moves.
"""

from __future__ import annotations

import ast
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from dgm.toy.agent_ast import index
from dgm.toy.mechanisms import MECHANISMS, Params
from dgm.toy.output import syntax_error
from ground.noise import steady


@dataclass(frozen=True)
class Failure:
    """A failure the evidence can show: the codes of mechanisms' `fixes` it maps to, and how a
    diagnosis words it after "N of M runs"."""

    codes: tuple[str, ...]
    says: str  # may use {detail}: the most common detail of its signatures


# Failure names, as the toy coder's tags and this module write them (WORLD_DESIGN.md A.4): the
# one table from a failure to its codes and words.
FAILURES: dict[str, Failure] = {
    "out_of_turns": Failure(("F1",), "stopped after {detail}: out of turns"),
    "give_up": Failure(("F2",), "stopped without changing anything and nothing asked them to "
                                "go on: gave up"),
    "slip": Failure(("F3",), "left a syntax error in an edit and never saw it: slip"),
    "syntax_error": Failure(("F3",), "ended with a patch that does not parse (SyntaxError)"),
    "overflow": Failure(("F4",), "ended on 'prompt is too long': tool output overflowed the "
                                 "context"),
    "misread": Failure(("F5",), "made a useless edit and saw no failure detail after it: "
                                "misread"),
    "timeout": Failure(("F6",), "ran out of time: timeout"),
    "cut_answer": Failure(("F9",), "had an answer cut at max_tokens"),
    "chased_unrelated": Failure(("F10",), "reworked a correct patch to chase a test failure "
                                          "that was there before: chased an unrelated failure"),
    "debug_leftover": Failure(("F11",), "left a debugging print in the code: debug leftover"),
    "stopped_early": Failure(("F15",), "stopped after patching the first of several files: "
                                       "stopped early"),
    # Nothing changed: the run ran out of turns or gave up, whichever its log tail hides.
    "empty_patch": Failure(("F1", "F2"), "ended with an empty patch"),
}
# The later tag (step, why) of the same run that shows a tagged failure was recovered from; a
# give_up is recovered by any later answer that is not another give_up.
RECOVERED_BY: dict[str, tuple[str, str]] = {
    "slip": ("fix", "slip"), "misread": ("fix", "misread"),
    "debug_leftover": ("fix", "debug_leftover"), "stopped_early": ("edit", "continued"),
}
EDIT_STEPS = frozenset({"edit", "edit_wrong", "edit_misread", "fix"})

TAG = re.compile(r"\(step: (\w+), why: (\w+), seen: ([\w,]+)\)")
TASK = re.compile(r"^## Task (\S+) \(resolved: (\w+), empty patch: (\w+)\)[ \t]*$", re.M)
PART = re.compile(r"^### (.*)$", re.M)
OVERFLOW = re.compile(r"(?i)prompt is too long|context length|context window")
OUT_OF_TURNS = re.compile(r"(?i)out.?of.?turns|turns?.?(?:limit|budget).?(?:hit|reached)"
                          r"|no.?turns.?left")
CUT_ANSWER = re.compile(r"stop_reason\W+max_tokens")
TIMEOUTS = re.compile(r"Evaluation summary:.*?(\d+) timeouts")
SOURCE_FILE = re.compile(r"^--- (\S+\.(?:py|md))$", re.M)
RUN_START = re.compile(r"\"event\":\s*\"start\"")
# Every agent calls the model in a loop bounded by a number of turns (the agent contract; an
# agent without one cannot be indexed): the behaviour turn_limit retunes is always there.
TURN_LOOP = "turn_loop"
SUMMARY, UNSPLIT = "(summary)", "(logs)"  # the task of a summary's signature, of unsplit logs


@dataclass(frozen=True)
class Signature:
    """One failure (or count) a run's evidence shows."""

    code: str  # a FAILURES name, or "requests" (detail: the model calls seen)
    task: str  # the task id; SUMMARY for the evaluation summary
    detail: str


@dataclass(frozen=True)
class Tag:
    """The toy coder's tag in one logged answer."""

    step: str
    why: str
    seen: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    """One task run's section of the evidence."""

    task: str
    empty_patch: bool
    patch: str
    grading: str
    log: str
    tags: tuple[Tag, ...] = field(default=())


@dataclass(frozen=True)
class Behaviour:
    """What the agent does, as its logs show it, and its parameters' current values."""

    channels: frozenset[str]  # evidence channels (seen: names) and behaviours (see `_channels`)
    current: dict[str, Params]  # mechanism id -> its parameters as its detector reads them
    turns_used: int  # most model calls one run needed
    capped_at: int | None  # longest output that arrived for a command known to be long
    longest_output: int  # longest tool output seen, in characters (timings masked)


def runs(text: str) -> list[Run]:
    """The task runs in the evidence; a text without task sections is one run."""
    found = sections(TASK, text)
    if not found:
        return [_run(UNSPLIT, False, text)]
    return [_run(head[1], head[3] == "True", body) for head, body in found]


def sections(pattern: re.Pattern[str], text: str) -> list[tuple[re.Match[str], str]]:
    """Each match of a header `pattern` in `text` with the text up to the next one."""
    heads = list(pattern.finditer(text))
    ends = [h.start() for h in heads[1:]] + [len(text)]
    return [(h, text[h.end():end]) for h, end in zip(heads, ends[:len(heads)], strict=True)]


def _run(task: str, empty: bool, body: str) -> Run:
    parts = {head[1].lower(): text for head, text in sections(PART, body)}
    pick = {key: next((v for k, v in parts.items() if word in k), "")
            for key, word in (("patch", "patch"), ("grading", "test output"), ("log", "log"))}
    log = pick["log"] if parts else body
    return Run(task, empty, pick["patch"], pick["grading"], log, tuple(
        Tag(m[1], m[2], tuple(s for s in m[3].split(",") if s != "none"))
        for m in TAG.finditer(log)))


def signatures(text: str) -> list[Signature]:
    """The failures each run shows, at most one per failure and run, plus the summary's
    timeouts and each run's count of model calls."""
    found = [s for run in runs(text) for s in _run_signatures(run)]
    timeouts = TIMEOUTS.search(text)
    if timeouts and int(timeouts[1]) > 0 and not any(s.code == "timeout" for s in found):
        found.append(Signature("timeout", SUMMARY, f"{timeouts[1]} task runs timed out"))
    return found


def _run_signatures(run: Run) -> list[Signature]:
    found: dict[str, str] = {}
    for i, tag in enumerate(run.tags):
        if tag.why in FAILURES and tag.step != "fix" and not _recovered(tag, run.tags[i + 1:]):
            found.setdefault(tag.why, tag.step)
    if OVERFLOW.search(run.log):
        found["overflow"] = "prompt is too long"
    turns = turns_of(run)
    if out_of_turns(run) is not None:
        edited = any(t.step in EDIT_STEPS for t in run.tags) or not run.empty_patch
        found["out_of_turns"] = f"{turns} turns" + ("" if edited else " without editing")
    if run.empty_patch:
        found["empty_patch"] = "empty patch"
    if syntax_error(run.patch) or syntax_error(run.grading):
        found["syntax_error"] = "SyntaxError"
    if CUT_ANSWER.search(run.log):
        found["cut_answer"] = "stop_reason max_tokens"
    if turns:
        found["requests"] = str(turns)
    return [Signature(code, run.task, detail) for code, detail in found.items()]


def _recovered(tag: Tag, later: tuple[Tag, ...]) -> bool:
    if tag.why == "give_up":
        return any(t.step != "give_up" for t in later)
    step, why = RECOVERED_BY.get(tag.why, ("", ""))
    return bool(step) and any(t.step == step and t.why == why for t in later)


def _lines(log: str) -> list[tuple[str, dict[str, object] | None]]:
    """Each line of the log with its JSON object (None for a line cut by the tail, or not
    JSON)."""
    found: list[tuple[str, dict[str, object] | None]] = []
    for line in log.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            event = None
        found.append((line, event if isinstance(event, dict) else None))
    return found


def out_of_turns(run: Run) -> int | None:
    """The turn limit a run's agent logged hitting (0 when it gave no number), or None."""
    for _, event in _lines(run.log):
        if event is not None and OUT_OF_TURNS.search(str(event.get("event", ""))):
            ints = [v for k, v in event.items() if isinstance(v, int) and k != "time"]
            return ints[0] if ints else 0
    return None


def turns_of(run: Run) -> int:
    """The model calls a run made, as far as its log tail shows."""
    return max(len(run.tags), out_of_turns(run) or 0)


def _outputs(run: Run) -> list[tuple[int, int]]:
    """(index of the tag before it, characters with timings masked) of each tool output."""
    found, tags = [], -1
    for line, event in _lines(run.log):
        tags += len(TAG.findall(line))
        output = event.get("output") if event else None
        if isinstance(output, str):
            found.append((tags, len(str(steady(output)))))
    return found


def _channels(run: Run) -> set[str]:
    """The run's evidence channels (the `seen:` names) and what its agent did: `retried_empty`
    (went on after an empty stop), `verified` (tests came back after a stop with a change),
    `outputs_capped` (a long output came back short enough to go on), `files_first` /
    `code_first` (the file list / the code came with the task), `continued_partial` (went on
    after stopping with part of the change)."""
    tags = run.tags
    found = {name for tag in tags for name in tag.seen}
    start = bool(RUN_START.search(run.log)) and bool(tags)  # the run's first answer is shown
    after = [(tag, tags[i + 1:]) for i, tag in enumerate(tags)]
    checks = {
        "retried_empty": any(t.step == "give_up" and rest for t, rest in after),
        "verified": any(t.step == "done" and any("tests_after" in r.seen for r in rest)
                        for t, rest in after),
        "outputs_capped": not OVERFLOW.search(run.log)
        and any(t.step == "wander" and rest for t, rest in after),
        "files_first": start and "files" in tags[0].seen,
        "code_first": start and "code" in tags[0].seen,
        "continued_partial": any(t.why == "stopped_early"
                                 and any(r.why == "continued" for r in rest) for t, rest in after),
    }
    return found | {name for name, held in checks.items() if held}


def behaviour(text: str, files: dict[str, str]) -> Behaviour:
    """What the agent does by the evidence in `text`, and its parameters' current values read
    from its source `files` (estimates for retuning, never proof that a behaviour exists)."""
    all_runs = runs(text)
    outputs = [(run, out) for run in all_runs for out in _outputs(run)]
    capped = [size for run, (at, size) in outputs
              if 0 <= at < len(run.tags) and run.tags[at].step == "wander"]
    return Behaviour(
        channels=frozenset({TURN_LOOP}.union(*(_channels(run) for run in all_runs))),
        current=current_values(files),
        turns_used=max((turns_of(run) for run in all_runs), default=0),
        capped_at=max(capped) if capped else None,
        longest_output=max((size for _, (_, size) in outputs), default=0))


def current_values(files: dict[str, str]) -> dict[str, Params]:
    """Each mechanism's parameters as its structural detector reads them from the agent's source
    (files that do not parse, e.g. cut off at the source limit, are left out)."""
    return {k: dict(v) for k, v in _read_values(tuple(sorted(files.items()))).items()}


@functools.lru_cache(maxsize=16)
def _read_values(files: tuple[tuple[str, str], ...]) -> dict[str, Params]:
    """`current_values` of one source, kept: the loop asks about the same agent again and
    again, and indexing it with every detector takes a fifth of a second."""
    parsed = {path: src for path, src in files if not path.endswith(".py") or _parses(src)}
    try:
        agent = index(parsed)
    except (ValueError, LookupError):  # the hooks are not all there: no estimates
        return {}
    values = {}
    for mechanism in MECHANISMS.values():
        try:
            found = mechanism.existing(agent)
        except (ValueError, LookupError, AttributeError, TypeError):
            found = None  # a shape this detector cannot read: no estimate, not an error
        if found is not None:
            values[mechanism.id] = found
    return values


def _parses(source: str) -> bool:
    try:
        ast.parse(source)
    except SyntaxError:
        return False
    return True


def source_files(text: str) -> dict[str, str]:
    """The agent's files in a source block written as `--- PATH` headers then the file's text."""
    return {head[1]: body.strip("\n") + "\n" for head, body in sections(SOURCE_FILE, text)}


def failure_codes(found: list[Signature]) -> set[str]:
    """The F codes of the failures among `found`."""
    return {code for s in found if s.code in FAILURES for code in FAILURES[s.code].codes}


def counts(found: list[Signature]) -> Counter[str]:
    """How many runs show each failure."""
    return Counter(s.code for s in found if s.code in FAILURES)
