"""Unified diffs: split into per-file sections and drop what a patch must not touch."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath

# Changes to these are always dropped before grading: test infrastructure a patch could use to
# make tests pass without fixing the code (conftest files, pytest configuration, modules that
# shadow the test runner or run at interpreter start, plugin metadata, compiled bytecode).
GRADER_PROTECTED = (
    "**/conftest.py", "**/pytest.ini", "**/.pytest.ini", "**/tox.ini", "**/setup.cfg",
    "**/pyproject.toml", "**/sitecustomize.py", "**/usercustomize.py", "**/*.pth",
    "**/pytest.py", "**/pytest/**", "**/_pytest/**", "**/pluggy/**", "**/py.py",
    "**/*.dist-info/**", "**/*.egg-info/**", "**/__pycache__/**", "**/*.pyc", "**/*.pyo",
)

_PAIR = re.compile(r"^--- ([^\t\n]+)(?:\t[^\n]*)?\n\+\+\+ ([^\t\n]+)(?:\t[^\n]*)?$", re.MULTILINE)
_NAMED = re.compile(r"^(?:rename|copy) (?:from|to) (.+)$", re.MULTILINE)
_GIT_PATHS = re.compile(r"^diff --git (\"?a/.+?\"?) (\"?b/.+?\"?)$", re.MULTILINE)
_SYMLINK = re.compile(r"^(?:new file mode|new mode|old mode|deleted file mode) 120000",
                      re.MULTILINE)
_BINARY = re.compile(r"^(?:GIT binary patch|Binary files .* differ)$", re.MULTILINE)
_BINARY_LINE = re.compile(r"^Binary files (.+) and (.+) differ$", re.MULTILINE)
_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")
# A file Python imports as module X: X.py, X.pyc, X.pyw, X.so or X.<abi tag>.so (.pyd alike).
_MODULE_FILE = re.compile(r"^([^.]+)\.(?:py|pyc|pyw|(?:[^/]*\.)?(?:so|pyd))$")


@dataclass
class FilePatch:
    """The part of a diff that changes one file."""

    text: str
    paths: list[str]  # repo-relative paths it touches (old and new names)
    symlink: bool = False
    binary: bool = False


@dataclass
class FilteredPatch:
    """A patch with the sections that touch protected paths removed."""

    text: str
    kept_paths: list[str] = field(default_factory=list)
    dropped_paths: list[str] = field(default_factory=list)
    sections: int = 0  # file sections in the original patch


def _unquote(path: str) -> str:
    """A git path with C-style quoting removed."""
    path = path.strip()
    if len(path) >= 2 and path[0] == path[-1] == '"':
        raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw.encode("latin-1").decode("utf-8", "replace")
    return path


def _strip_prefix(path: str) -> str | None:
    """The repo-relative path of a diff path (a/..., b/...), or None for /dev/null."""
    path = _unquote(path)
    if path == "/dev/null":
        return None
    return path[2:] if path[:2] in ("a/", "b/") else path


def _section_paths(text: str) -> list[str]:
    """Every path a section's header lines name: ---/+++, rename, copy, binary, `diff --git`."""
    found: list[str | None] = []
    for match in _PAIR.finditer(text):
        found += [_strip_prefix(match.group(1)), _strip_prefix(match.group(2))]
    found += [_unquote(m.group(1)) for m in _NAMED.finditer(text)]
    for match in _BINARY_LINE.finditer(text):
        found += [_strip_prefix(match.group(1)), _strip_prefix(match.group(2))]
    if text.startswith("diff --git "):
        found += _header_names(text.split("\n", 1)[0])
    return list(dict.fromkeys(p for p in found if p))


def _header_names(line: str) -> list[str]:
    """The paths a `diff --git` line names: one when both halves are equal, else as parsed."""
    rest = line[len("diff --git "):].rstrip("\n")
    half = len(rest) // 2
    old, new = rest[:half], rest[half + 1:]
    if len(rest) % 2 and rest[half] == " " and old[:2] == "a/" and new[:2] == "b/" \
            and old[2:] == new[2:]:
        return [old[2:]]
    match = _GIT_PATHS.match(line)
    if not match:
        return []
    return [p for p in (_strip_prefix(match.group(1)), _strip_prefix(match.group(2))) if p]


def _pair_at(lines: list[str], i: int) -> tuple[str | None, str | None] | None:
    """The paths of a `--- `/`+++ ` header pair starting at line i, or None."""
    if i + 1 >= len(lines) or not lines[i].startswith("--- "):
        return None
    match = _PAIR.match(lines[i] + lines[i + 1].rstrip("\n"))
    return (_strip_prefix(match.group(1)), _strip_prefix(match.group(2))) if match else None


def _hunk_sizes(line: str) -> tuple[int, int] | None:
    """The old and new line counts of a hunk header `@@ -a,b +c,d @@`, or None."""
    match = _HUNK.match(line)
    if not match:
        return None
    old, new = match.groups()
    return (1 if old is None else int(old), 1 if new is None else int(new))


@dataclass
class _Reader:
    """Where the splitter stands: lines left in the current hunk, the git header being read."""

    old: int = 0
    new: int = 0
    git_names: set[str] | None = None  # a git header's paths, until its ---/+++ pair or hunk

    def in_hunk(self, lines: list[str], i: int) -> bool:
        """True when line i is a line of the current hunk (counted, so `--- x` can be one)."""
        if self.old <= 0 and self.new <= 0 or lines[i][:1] not in (" ", "-", "+", "\\", "\n", ""):
            return False
        # A ---/+++ pair followed by a hunk header cannot be hunk content: a miscounted hunk ends.
        return not (_pair_at(lines, i) and lines[i + 2:i + 3]
                    and lines[i + 2].startswith("@@ "))

    def take(self, line: str) -> None:
        """Count one hunk line."""
        kind = line[:1]
        self.old -= kind in (" ", "-", "\n", "")
        self.new -= kind in (" ", "+", "\n", "")

    def owns(self, pair: tuple[str | None, str | None]) -> bool:
        """True when a ---/+++ pair belongs to the git header being read."""
        if self.git_names is None:
            return False
        return not self.git_names or all(p is None or p in self.git_names for p in pair)


def _scan(lines: list[str]) -> tuple[list[int], set[int]]:
    """Where file sections begin, and which lines are hunk content (read by their counts)."""
    starts: list[int] = []
    content: set[int] = set()
    reader, i = _Reader(), 0
    while i < len(lines):
        line = lines[i]
        if reader.in_hunk(lines, i):
            reader.take(line)
            content.add(i)
            i += 1
            continue
        reader.old = reader.new = 0
        pair = _pair_at(lines, i)
        sizes = _hunk_sizes(line)
        if line.startswith("diff --git "):
            starts.append(i)
            reader.git_names = set(_header_names(line))
        elif pair is not None:
            starts += [] if reader.owns(pair) else [i]
            reader.git_names = None
            i += 1  # the +++ line
        elif sizes is not None:
            reader.old, reader.new = sizes
            reader.git_names = None
        elif reader.git_names is None and _BINARY_LINE.match(line):
            starts.append(i)  # `diff -r` reports a binary file with this line alone
        i += 1
    return starts, content


def _lines(text: str) -> list[str]:
    """The lines of `text` with their newlines (only \\n ends a line, as for git and patch)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def split_patch(text: str) -> list[FilePatch]:
    """The file sections of a diff, git-style and plain in any mix, in order; [] if none."""
    # A section starts at `diff --git` or at a ---/+++ pair that is not that header's own; text
    # before the first section is dropped; paths, modes and binary markers come from header
    # lines only, never from hunk content.
    lines = _lines(text)
    starts, content = _scan(lines)
    bounds = [*starts, len(lines)]
    sections = []
    for first, end in zip(bounds, bounds[1:], strict=False):
        chunk = "".join(lines[first:end])
        header = "".join(lines[i] for i in range(first, end) if i not in content)
        sections.append(FilePatch(chunk if chunk.endswith("\n") else chunk + "\n",
                                  _section_paths(header), bool(_SYMLINK.search(header)),
                                  bool(_BINARY.search(header))))
    return sections


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A regex for a repo-relative glob: ** spans directories, * and ? do not."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("(?:/.*)?")  # dir/** also covers dir itself
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            out.append({"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i])))
            i += 1
    return re.compile("".join(out) + r"\Z")


def is_protected(path: str, patterns: Sequence[str]) -> bool:
    """True when `path` matches a pattern, or is not a safe repo-relative path."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or path.startswith(".git/") or path == ".git":
        return True
    normal = str(pure)
    return any(_glob_regex(p).match(normal) for p in patterns)


def root_module(path: str) -> str | None:
    """The top-level module a repo path defines: X for X.py, X.so or X/... (else None)."""
    head, sep, _ = path.partition("/")
    if sep:
        return head if head and "." not in head else None
    match = _MODULE_FILE.match(head)
    return match.group(1) if match else None


def is_blocked(path: str, protected: Sequence[str], modules: Collection[str] = ()) -> bool:
    """True when a patch may not touch `path`: protected, unsafe, or defining a guarded module."""
    return is_protected(path, protected) or root_module(path) in modules


def filter_patch(text: str, protected: Sequence[str],
                 modules: Collection[str] = ()) -> FilteredPatch:
    """Drop sections touching blocked paths, symlinks and binary files; list what is dropped."""
    kept, kept_paths, dropped = [], [], []
    sections = split_patch(text)
    for section in sections:
        bad = section.symlink or section.binary or not section.paths or any(
            is_blocked(p, protected, modules) for p in section.paths)
        if bad:
            dropped += section.paths or ["<unnamed section>"]
        else:
            kept.append(section.text)
            kept_paths += section.paths
    return FilteredPatch("".join(kept), list(dict.fromkeys(kept_paths)),
                         list(dict.fromkeys(dropped)), len(sections))


def touched_paths(text: str) -> list[str]:
    """Every path a diff touches."""
    return list(dict.fromkeys(p for s in split_patch(text) for p in s.paths))
