"""What the simulated model can know from one Messages request (WORLD_DESIGN.md A.2, A.3, A.6,
A.7): `observe(request, patch) -> Trace`, a pure function.

The toy judges an agent only by what it does: which tools it offers (known by the shape of
their input schema; names and descriptions are never read), what arrived in the conversation
(tool results, texts the agent injected, known by their position, never by their wording) and
how big and long the conversation is. The only text it matches is real command output (a
pytest summary, failure detail, a syntax error, a diff) and the code of the reference patch,
which the toy knows from the host. The system prompt counts as size, nothing else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dgm.toy.api_rules import api_errors, content_blocks
from dgm.toy.conversation import block_text
from dgm.toy.output import (
    Hunk,
    covers,
    diff_added,
    failure_detail,
    hunks,
    pytest_summary,
    shown_lines,
    syntax_error,
)
from dgm.toy.world import SIM_SECONDS_PATTERN, WORLD, WorldConfig
from ground.noise import steady

# The toy's own tag in each of its answers: "(step: NAME, why: CODE, ...)"; `why` is optional.
STEP_TAG = re.compile(r"\(step: (\w+)(?:, why: (\w+))?")
# Steps in which the toy edits the workspace (the coder's step names).
EDIT_STEPS = frozenset({"edit", "edit_wrong", "edit_misread", "fix"})
# Commands of the editor API; an editor offering another one plus line numbers edits by lines.
EDITOR_COMMANDS = frozenset({"view", "create", "str_replace", "insert", "undo_edit"})

SIM_SECONDS = re.compile(SIM_SECONDS_PATTERN)


class ToolKind(StrEnum):
    """What a tool can do, judged from its input schema alone."""

    SHELL = "shell"  # one required string: the only shape that carries a command
    EDITOR = "editor"  # a command enum with the editor API's view and str_replace
    EDITOR_LINES = "editor_lines"  # an editor with one more command and two integer fields
    SEARCH = "search"  # a required string (pattern), an optional string (path)
    TESTS = "tests"  # nothing required, at most optional strings: a runner
    UNKNOWN = "unknown"  # the toy never calls it


@dataclass(frozen=True)
class Tool:
    """A tool the agent offers: its name (only to call it by) and its kind."""

    name: str
    kind: ToolKind


@dataclass(frozen=True)
class Call:
    """A tool call in one of the toy's earlier answers."""

    id: str
    tool: str
    kind: ToolKind
    input: dict[str, Any]


@dataclass(frozen=True)
class Result:
    """What came back for a call."""

    text: str
    is_error: bool

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Turn:
    """One earlier answer of the toy, with the results of its calls and its sizes."""

    step: str
    why: str
    calls: list[Call]
    results: list[Result]
    input_chars: int  # JSON size of the messages before it
    output_chars: int  # JSON size of its content

    @property
    def stopped(self) -> bool:
        """It answered without a tool call."""
        return not self.calls


@dataclass(frozen=True)
class Injected:
    """A text the agent sent that is not a tool result, known by where it arrived."""

    after_turn: int  # index of the toy turn it follows
    after_stop: bool  # that turn had no tool call
    text: str

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Evidence:
    """Facts that arrived in the conversation, each with the position it first held at: the
    index of the toy turn the text followed (-1: the first message). None: not (yet) seen."""

    files: int | None = None  # every patched path named in some text
    code: dict[str, int] = field(default_factory=dict)  # path -> its hunks' code was shown
    baseline: int | None = None  # a test summary before the first edit
    tests_after: int | None = None  # a test summary after the latest edit
    tests_failing: bool = False  # ... and it shows failures
    fail_detail: int | None = None  # ... with failure detail in the same output
    syntax_after: int | None = None  # after the latest edit: a syntax error, or its lines
    diff_after: int | None = None  # a diff holding the edit's added lines, after it
    continued: int | None = None  # an injected text after a stop, whatever it says

    def has_code(self, paths: list[str]) -> bool:
        """The code of every one of `paths` was shown."""
        return all(path in self.code for path in paths)


@dataclass(frozen=True)
class Trace:
    """Everything the toy can know from one request."""

    tools: list[Tool]
    max_tokens: int
    turns: list[Turn]
    injected: list[Injected]
    evidence: Evidence
    sim_seconds: float
    api_errors: list[str]

    def tool_of(self, kind: ToolKind) -> str | None:
        """The name of the first tool of `kind`, if the agent offers one."""
        return next((t.name for t in self.tools if t.kind is kind), None)


def observe(request: dict[str, Any], patch: str = "", world: WorldConfig = WORLD) -> Trace:
    """The trace of `request`; `patch` is the task's reference patch (a host-side hint)."""
    tools = [Tool(str(t.get("name", "")), classify(t.get("input_schema")))
             for t in request.get("tools") or [] if isinstance(t, dict)]
    turns, texts, injected = _read(request, {t.name: t.kind for t in tools})
    max_tokens = request.get("max_tokens")
    return Trace(
        tools=tools, max_tokens=max_tokens if isinstance(max_tokens, int) else 0, turns=turns,
        injected=injected, evidence=evidence(turns, texts, injected, patch, world),
        sim_seconds=sim_seconds(turns, [t for p, t in texts if p >= 0], world),
        api_errors=api_errors(request))


# ---- tools by schema ------------------------------------------------------------------------


def classify(schema: object) -> ToolKind:
    """The kind of a tool from its `input_schema` shape only."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict) or not isinstance(schema, dict):
        return ToolKind.UNKNOWN
    specs = {str(k): v if isinstance(v, dict) else {} for k, v in props.items()}
    types = {name: spec.get("type") for name, spec in specs.items()}
    enums = [set(spec.get("enum") or []) for spec in specs.values()]
    editor = next((e for e in enums if {"view", "str_replace"} <= e), None)
    if editor is not None:
        integers = sum(t == "integer" for t in types.values())
        return ToolKind.EDITOR_LINES if editor - EDITOR_COMMANDS and integers >= 2 \
            else ToolKind.EDITOR
    required = [str(r) for r in schema.get("required") or []]
    if any(r not in specs for r in required) or any(enums):
        return ToolKind.UNKNOWN
    if not required and all(t == "string" for t in types.values()):
        return ToolKind.TESTS
    if len(required) != 1 or types[required[0]] != "string":
        return ToolKind.UNKNOWN
    others = [t for name, t in types.items() if name != required[0]]
    if "string" in others and all(t in ("string", "integer") for t in others):
        return ToolKind.SEARCH
    return ToolKind.SHELL


# ---- reading the conversation ---------------------------------------------------------------

Texts = list[tuple[int, str]]  # (position, text) of everything that arrived from the agent's side


def _read(request: dict[str, Any], kinds: dict[str, ToolKind],
          ) -> tuple[list[Turn], Texts, list[Injected]]:
    """The toy's turns, every text that arrived with its position, and the injected texts."""
    messages = [m for m in request.get("messages") or [] if isinstance(m, dict)]
    sizes = [len(json.dumps(steady(m), ensure_ascii=False)) for m in messages]
    turns: list[Turn] = []
    texts: Texts = []
    injected: list[Injected] = []
    for index, message in enumerate(messages):
        blocks = content_blocks(message.get("content"))
        if message.get("role") == "assistant":
            before = 2 + sum(sizes[:index]) + 2 * max(index - 1, 0)  # json.dumps(messages[:i])
            turns.append(_turn(blocks, kinds, before, message.get("content")))
            continue
        position = len(turns) - 1
        for block in blocks:
            text = block_text(block.get("content", "")) if block.get("type") == "tool_result" \
                else str(block.get("text", ""))
            texts.append((position, text))
            if block.get("type") == "tool_result" and turns:
                turns[-1].results.append(Result(text, bool(block.get("is_error"))))
            elif block.get("type") == "text" and turns:
                injected.append(Injected(position, turns[-1].stopped, text))
    return turns, texts, injected


def _turn(blocks: list[dict[str, Any]], kinds: dict[str, ToolKind], input_chars: int,
          content: Any) -> Turn:
    tag = STEP_TAG.search(" ".join(str(b.get("text", "")) for b in blocks
                                   if b.get("type") == "text"))
    calls = [Call(str(b.get("id", "")), str(b.get("name", "")),
                  kinds.get(str(b.get("name", "")), ToolKind.UNKNOWN), dict(b.get("input") or {}))
             for b in blocks if b.get("type") == "tool_use"]
    return Turn(step=tag.group(1) if tag else "other", why=(tag.group(2) or "") if tag else "",
                calls=calls, results=[], input_chars=input_chars,
                output_chars=len(json.dumps(steady(content), ensure_ascii=False)))


# ---- evidence (A.3) ---------------------------------------------------------------------------


def evidence(turns: list[Turn], texts: Texts, injected: list[Injected], patch: str,
             world: WorldConfig = WORLD) -> Evidence:
    """The evidence the texts that arrived give, for the reference patch `patch`."""
    by_path, share = hunks(patch), world.sizes.code_seen_share
    edits = [i for i, turn in enumerate(turns) if turn.step in EDIT_STEPS]
    first_edit, last_edit = (edits[0], edits[-1]) if edits else (len(turns), None)
    after = [(p, t) for p, t in texts if last_edit is not None and p >= last_edit]
    summaries = [(p, t, s) for p, t in after if (s := pytest_summary(t))]
    added = [line for path_hunks in by_path.values() for h in path_hunks for line in h.added]
    return Evidence(
        files=_named(texts, list(by_path)),
        code=_code(texts, by_path, share),
        baseline=next((p for p, t in texts if p < first_edit and pytest_summary(t)), None),
        tests_after=summaries[0][0] if summaries else None,
        tests_failing=bool(summaries) and summaries[-1][2].failing,
        fail_detail=next((p for p, t, s in summaries if s.failing and failure_detail(t)), None),
        syntax_after=next((p for p, t in after if _shows_syntax(t, added, share)), None),
        diff_after=next((p for p, t in after if added and covers(added, diff_added(t), share)),
                        None),
        continued=next((i.after_turn for i in injected if i.after_stop), None))


def _shows_syntax(text: str, added: list[str], share: float) -> bool:
    """After an edit: a syntax error, a test run (it imported the code), or the edited lines
    (an edit echo, a view, a diff)."""
    if syntax_error(text) or pytest_summary(text):
        return True
    return bool(added) and covers(added, shown_lines(text) | diff_added(text), share)


def _named(texts: Texts, paths: list[str]) -> int | None:
    """The position by which every one of `paths` was named in some text (None: not all)."""
    firsts = [next((p for p, t in texts if path in t), None) for path in paths]
    return None if not paths or None in firsts else max(p for p in firsts if p is not None)


def _code(texts: Texts, by_path: dict[str, list[Hunk]], share: float) -> dict[str, int]:
    """For each patched path, the position by which every hunk's code was shown in one text."""
    shown = [(p, shown_lines(t)) for p, t in texts]
    code = {}
    for path, path_hunks in by_path.items():
        firsts = [next((p for p, seen in shown if covers(h.code, seen, share)), None)
                  for h in path_hunks]
        if None not in firsts:
            code[path] = max(p for p in firsts if p is not None)
    return code


# ---- the simulated clock (A.6) ----------------------------------------------------------------


def sim_seconds(turns: list[Turn], texts: list[str], world: WorldConfig = WORLD) -> float:
    """Simulated seconds so far: each earlier model turn by its sizes, each result or injected
    text by the `[sim-seconds: N]` marks it carries (a command that says nothing: a base)."""
    clock = world.clock
    model = sum(clock.turn_seconds(t.input_chars, t.output_chars) for t in turns)
    tools = sum(_tool_seconds(text, clock.tool_default_s) for text in texts)
    return model + tools


def _tool_seconds(text: str, default: float) -> float:
    marks = SIM_SECONDS.findall(text)
    return sum(float(n) for n in marks) if marks else default
