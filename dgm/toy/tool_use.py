"""The agent's own tools as the open world's self-modifier uses them (WORLD_DESIGN.md B.2-3,
B.6): found by schema kind (names and descriptions are never read), answers that view, page,
run a command or edit with them, and a file read back from its views.

A view is `cat -n` or an editor view: lines prefixed by their number and a tab. The parent agent
may cut what its tools return; a file is whole when its numbered lines run from 1 without a gap
and the text parses, and otherwise it is paged through from where the lines stop.
"""

from __future__ import annotations

import ast
import json
import re
import shlex
import warnings
from dataclasses import dataclass
from typing import Any

from dgm.toy.conversation import LABEL, Action
from dgm.toy.mechanisms import EditOp
from dgm.toy.observe import ToolKind, Trace

NUMBERED = re.compile(r"^ *(\d+)\t(.*)$")  # a line of `cat -n` or of an editor view
MIN_PAGE = 10  # fewest lines asked for when paging through a cut view
EDITED = f"{LABEL} edited"  # what the toy's edit script prints when its edit went through


@dataclass(frozen=True)
class Hands:
    """The agent's shell and editor, with the input fields to fill, from their schemas."""

    shell: str | None
    command: str  # the shell's one required property
    editor: str | None
    fields: dict[str, str]  # editor role (verb, path, old, new, text, range) -> property

    def writes(self) -> bool:
        """Some tool can change a file (and so read one: the editor views, the shell cats)."""
        return self.shell is not None or {"old", "new"} <= self.fields.keys()

    def view(self, step: str, why: str, path: str, prose: str) -> Action:
        """A view of `path` (a file, or a folder when `step` is "list")."""
        if "verb" in self.fields:
            return answer(step, why, prose, self.editor,
                          {self.fields["verb"]: "view", self.fields["path"]: path})
        command = f"ls {shlex.quote(path)}" if step == "list" else f"cat -n {shlex.quote(path)}"
        return self.run(step, why, command, prose)

    def page(self, path: str, first: int, last: int) -> Action | None:
        """A view of lines `first`..`last`: the editor's range, else the shell's; None: neither."""
        prose = f"The view was cut; let me read lines {first}-{last} of {path}."
        if "range" in self.fields:
            return answer("read", "page", prose, self.editor,
                          {self.fields["verb"]: "view", self.fields["path"]: path,
                           self.fields["range"]: [first, last]})
        if self.shell is None:
            return None
        return self.run("read", "page", f"cat -n {shlex.quote(path)} | sed -n '{first},{last}p'",
                        prose)

    def viewed(self, tool_input: dict[str, Any]) -> str:
        """The path one of the toy's own views asked for."""
        if self.fields and self.fields["verb"] in tool_input:
            return str(tool_input.get(self.fields["path"], ""))
        words = shlex.split(str(tool_input.get(self.command, "")))
        return words[2] if len(words) > 2 else ""

    def run(self, step: str, why: str, command: str, prose: str) -> Action:
        """A shell command."""
        return answer(step, why, prose, self.shell, {self.command: command})

    def write(self, edit: EditOp, step: str, why: str, prose: str) -> Action:
        """A str_replace (a create when old is None) with the editor when it has the fields,
        else a heredoc'd Python script through the shell."""
        path, old, new = edit
        if ("text" if old is None else "old") in self.fields and "new" in self.fields:
            fields = {self.fields["verb"]: "create" if old is None else "str_replace",
                      self.fields["path"]: path}
            fields |= {self.fields["text"]: new} if old is None else {
                self.fields["old"]: old, self.fields["new"]: new}
            return answer(step, why, prose, self.editor, fields)
        return self.run(step, why, _script(path, old, new), prose)


def hands_of(request: dict[str, Any], trace: Trace) -> Hands:
    """The shell and the editor, with the fields to fill, found by schema shape."""
    shell = trace.tool_of(ToolKind.SHELL)
    editor = trace.tool_of(ToolKind.EDITOR) or trace.tool_of(ToolKind.EDITOR_LINES)
    command = (_required(request, shell) or ["command"])[0] if shell else "command"
    return Hands(shell, command, editor, _editor_fields(request, editor) if editor else {})


def answer(step: str, why: str, prose: str, tool: str | None = None,
           tool_input: dict[str, Any] | None = None) -> Action:
    """A labelled answer tagged with its step and reason, with at most one tool call."""
    return Action(step, f"{LABEL} (step: {step}, why: {why}) {prose}", tool, tool_input or {})


def _schema(request: dict[str, Any], name: str | None) -> dict[str, Any]:
    tool: dict[str, Any] = next(
        (t for t in request.get("tools") or [] if t.get("name") == name), {})
    schema = tool.get("input_schema")
    return schema if isinstance(schema, dict) else {}


def _required(request: dict[str, Any], name: str | None) -> list[str]:
    return [str(r) for r in _schema(request, name).get("required") or []]


def _editor_fields(request: dict[str, Any], name: str) -> dict[str, str]:
    """The editor API's fields: the command enum, the required path, and those it offers of
    old_str, new_str, file_text and a line range (an array)."""
    props = {k: v for k, v in (_schema(request, name).get("properties") or {}).items()
             if isinstance(v, dict)}
    verb = next(k for k, v in props.items() if "view" in (v.get("enum") or []))
    fields = {"verb": verb, "path": next((r for r in _required(request, name) if r != verb),
                                         "path")}
    fields |= {role: key for role, key in (("old", "old_str"), ("new", "new_str"),
                                           ("text", "file_text")) if key in props}
    ranges = [k for k, v in props.items() if v.get("type") == "array"]
    return fields | ({"range": ranges[0]} if ranges else {})


def _script(path: str, old: str | None, new: str) -> str:
    """A heredoc'd Python script making one edit, saying so when it did."""
    body = ["import pathlib", f"path = pathlib.Path({json.dumps(path)})"]
    if old is None:
        body += ["path.parent.mkdir(parents=True, exist_ok=True)",
                 f"path.write_text({json.dumps(new)})"]
    else:
        body += ["text = path.read_text()", f"old = {json.dumps(old)}",
                 'assert text.count(old) == 1, "the old text must occur exactly once"',
                 f"path.write_text(text.replace(old, {json.dumps(new)}))"]
    body.append(f"print({json.dumps(f'{EDITED} {path}')})")
    return "python - <<'DGM_TOY_EDIT'\n" + "\n".join(body) + "\nDGM_TOY_EDIT"


# ---- reading a file back from its views -------------------------------------------------------


def whole(views: list[str]) -> str | None:
    """The file's text when the views hold all of it."""
    lines = _lines(views)
    return None if _missing(lines) is not None else \
        "\n".join(lines[n] for n in sorted(lines)) + "\n"


def next_page(views: list[str]) -> tuple[int, int] | None:
    """The lines to view next of a file the views do not hold whole (from the line before the
    first gap, or the last line, which may go on); None when the last view added nothing."""
    lines = _lines(views)
    start = _missing(lines)
    if start is None or lines == _lines(views[:-1]):
        return None
    return start, start + max(MIN_PAGE, _longest_run(_numbered(views[-1]))) - 1


def parses(text: str) -> bool:
    """`text` is Python the interpreter would compile."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escapes in the agent's strings are its own
        try:
            ast.parse(text)
        except SyntaxError:
            return False
    return True


def _numbered(text: str) -> list[tuple[int, str]]:
    """The numbered lines of a view that sit in a run of consecutive numbers (a line cut inside
    its number reads as another number, alone)."""
    found = [(int(m.group(1)), m.group(2)) for line in text.split("\n")
             if (m := NUMBERED.match(line))]
    return [(n, t) for i, (n, t) in enumerate(found) if len(found) == 1
            or (i > 0 and found[i - 1][0] == n - 1)
            or (i + 1 < len(found) and found[i + 1][0] == n + 1)]


def _lines(views: list[str]) -> dict[int, str]:
    """Each line number seen, with its longest text (a line cut short is a prefix of itself)."""
    lines: dict[int, str] = {}
    for view in views:
        for n, line in _numbered(view):
            if len(line) >= len(lines.get(n, "")):
                lines[n] = line
    return lines


def _missing(lines: dict[int, str]) -> int | None:
    """Where to view again: before the first gap, or the last line when the text does not
    parse; None when the file is whole."""
    if not lines:
        return 1
    gap = next((n for n in range(1, max(lines) + 1) if n not in lines), None)
    if gap is not None:
        return max(gap - 1, 1)
    return None if parses("\n".join(lines[n] for n in sorted(lines))) else max(lines)


def _longest_run(numbered: list[tuple[int, str]]) -> int:
    best = run = 0
    for i, (n, _) in enumerate(numbered):
        run = run + 1 if i and numbered[i - 1][0] == n - 1 else 1
        best = max(best, run)
    return best
