"""Unified diffs for the simulated coding agent: which files a patch touches, and its slips."""

from __future__ import annotations

import re

from dgm.toy.catalog import SLIP_LINE

HUNK_HEADER = re.compile(r"^@@ -(\d+(?:,\d+)?) \+(\d+)(?:,(\d+))? @@")
HEREDOC_END = "DGM_TOY_PATCH_END"


def touched_files(diff: str) -> list[str]:
    """Paths (without the a/ prefix) of files the patch changes that exist before it."""
    paths = []
    for line in diff.splitlines():
        if line.startswith("--- ") and not line.startswith("--- /dev/null"):
            path = line[4:].split("\t")[0].strip()
            path = path[2:] if path.startswith("a/") else path
            if path not in paths:
                paths.append(path)
    return paths


def slipped(diff: str) -> str | None:
    """The patch with a syntax slip after its first added line of Python code, if it has one."""
    lines = diff.splitlines(keepends=True)
    target, header = "", -1
    for i, line in enumerate(lines):
        if line.startswith("+++ "):
            target, header = line[4:].split("\t")[0].strip(), -1
        elif line.startswith("@@"):
            header = i
        elif header >= 0 and target.endswith(".py") and line.startswith("+") and _is_code(line):
            body = line[1:]
            indent = body[:len(body) - len(body.lstrip(" \t"))]
            lines.insert(i + 1, f"+{indent}{SLIP_LINE}")
            lines[header] = _grow_hunk(lines[header])
            return "".join(lines)
    return None


def _is_code(line: str) -> bool:
    stripped = line[1:].strip()
    return bool(stripped) and not stripped.startswith(("#", '"', "'")) and line.endswith("\n")


def _grow_hunk(header: str) -> str:
    """The hunk header with one more line on the new side."""
    match = HUNK_HEADER.match(header)
    if match is None:
        return header
    new_count = int(match.group(3) or 1) + 1
    return HUNK_HEADER.sub(f"@@ -{match.group(1)} +{match.group(2)},{new_count} @@", header, 1)


def apply_command(diff: str, reverse: bool = False) -> str:
    """A bash command that applies (or reverts) `diff` in the current directory."""
    body = diff if diff.endswith("\n") else diff + "\n"
    flag = " -R" if reverse else ""
    return f"git apply{flag} --whitespace=nowarn <<'{HEREDOC_END}'\n{body}{HEREDOC_END}"
