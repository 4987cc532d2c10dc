"""Reading real command output and the reference patch, for the simulated model.

These are the only texts the toy matches: what commands print (a pytest summary, failure
detail, a syntax error, a diff) and the reference patch the host gave it. Never the agent's
prompts, tool descriptions or source: what those say earns nothing (WORLD_DESIGN.md A.2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PYTEST_SUMMARY = re.compile(
    r"^=*\s*(?P<counts>(?:\d+ \w+(?:, )?)+|no tests ran) in \d+(?:\.\d+)?s\b", re.M)
PYTEST_COUNT = re.compile(r"(\d+) (passed|failed|errors?)\b")
FAILURE_DETAIL = re.compile(
    r"^(?:E {2,}\S|\s*assert |\s*AssertionError\b|Traceback \(most recent call last\)"
    r"|FAILED \S+ - )", re.M)
SYNTAX_ERROR = re.compile(r"\b(?:SyntaxError|IndentationError|TabError)\b")
DIFF = re.compile(r"^(?:diff --git |@@ -\d)", re.M)
LINE_NUMBER = re.compile(r"^\s*\d+(?:\t|: |\| |:)")  # cat -n, editor views, grep -n
HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")


@dataclass(frozen=True)
class TestSummary:
    """The counts of pytest's summary line."""

    passed: int
    failed: int
    errors: int

    @property
    def failing(self) -> bool:
        return self.failed + self.errors > 0


def pytest_summary(text: str) -> TestSummary | None:
    """The last pytest summary line in `text` ("1 failed, 2 passed in 0.03s", with or
    without its ==== banner), or None when there is none."""
    matches = list(PYTEST_SUMMARY.finditer(text))
    if not matches:
        return None
    counts = {word.rstrip("s"): int(n) for n, word in PYTEST_COUNT.findall(matches[-1]["counts"])}
    return TestSummary(counts.get("passed", 0), counts.get("failed", 0), counts.get("error", 0))


def failure_detail(text: str) -> bool:
    """Output shows why a test failed: an assertion, an `E   ` line or a traceback."""
    return bool(FAILURE_DETAIL.search(text))


def syntax_error(text: str) -> bool:
    """Output shows a syntax error (the interpreter's, py_compile's or compileall's)."""
    return bool(SYNTAX_ERROR.search(text))


def diff_added(text: str) -> set[str]:
    """The added lines of the diff hunks in `text` (stripped), empty when it shows no diff."""
    if not DIFF.search(text):
        return set()
    return {line[1:].strip() for line in text.splitlines()
            if line.startswith("+") and not line.startswith("+++")}


def shown_lines(text: str) -> set[str]:
    """The lines of `text` stripped of whitespace and of line-number prefixes."""
    return {LINE_NUMBER.sub("", line, count=1).strip() for line in text.splitlines()}


@dataclass(frozen=True)
class Hunk:
    """One hunk of the reference patch: the code it needs to see, and what it adds."""

    code: list[str]  # removed and context lines, stripped, blank ones left out
    added: list[str]


def hunks(patch: str) -> dict[str, list[Hunk]]:
    """The hunks of a unified diff by the path they change (from its +++ line, or its ---
    line for a deleted file)."""
    found: dict[str, list[Hunk]] = {}
    lines, path, i = patch.splitlines(), "", 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old, new = _diff_path(line), _diff_path(lines[i + 1])
            path, i = (new if new != "/dev/null" else old), i + 2
            continue
        match = HUNK.match(line)
        if match and path:
            hunk, i = _hunk(lines, i + 1, int(match[1] or 1), int(match[2] or 1))
            found.setdefault(path, []).append(hunk)
            continue
        i += 1
    return found


def _diff_path(line: str) -> str:
    path = line[4:].split("\t")[0].strip()
    return path[2:] if path.startswith(("a/", "b/")) else path


def _hunk(lines: list[str], i: int, old: int, new: int) -> tuple[Hunk, int]:
    """The hunk whose body starts at line i, and the line after it."""
    code: list[str] = []
    added: list[str] = []
    while i < len(lines) and (old > 0 or new > 0):
        mark, body = lines[i][:1], lines[i][1:].strip()
        if mark in (" ", "", "-"):
            code += [body] if body else []
            old -= 1
        if mark in (" ", "", "+"):
            added += [body] if body and mark == "+" else []
            new -= 1
        i += 1
    return Hunk(code, added), i


def covers(lines: list[str], seen: set[str], share: float) -> bool:
    """At least `share` of `lines` are in `seen` (no lines: nothing to see)."""
    return not lines or sum(line in seen for line in lines) >= share * len(lines)
