"""Unified diffs: split into per-file sections and drop what a patch must not touch."""

from __future__ import annotations

import re
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

_HEADER = re.compile(r"^diff --git ", re.MULTILINE)
_PAIR = re.compile(r"^--- ([^\t\n]+)(?:\t[^\n]*)?\n\+\+\+ ([^\t\n]+)(?:\t[^\n]*)?$", re.MULTILINE)
_NAMED = re.compile(r"^(?:rename|copy) (?:from|to) (.+)$", re.MULTILINE)
_GIT_PATHS = re.compile(r"^diff --git (\"?a/.+?\"?) (\"?b/.+?\"?)$", re.MULTILINE)
_SYMLINK = re.compile(r"^(?:new file mode|new mode|old mode|deleted file mode) 120000",
                      re.MULTILINE)
_BINARY = re.compile(r"^(?:GIT binary patch|Binary files .* differ)$", re.MULTILINE)


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
    """Every path a file section names: ---/+++ pairs, rename and copy lines, the header."""
    found: list[str | None] = []
    for match in _PAIR.finditer(text):
        found += [_strip_prefix(match.group(1)), _strip_prefix(match.group(2))]
    found += [_unquote(m.group(1)) for m in _NAMED.finditer(text)]
    header = _GIT_PATHS.search(text)
    if header:
        found += [_strip_prefix(header.group(1)), _strip_prefix(header.group(2))]
    return list(dict.fromkeys(p for p in found if p))


def _split_sections(text: str) -> list[str]:
    """Per-file chunks of a diff: at `diff --git` headers, or at ---/+++ pairs without them."""
    starts = [m.start() for m in _HEADER.finditer(text)]
    if not starts:
        lines = text.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        starts = [offsets[i] for i, line in enumerate(lines[:-1])
                  if line.startswith("--- ") and lines[i + 1].startswith("+++ ")]
    bounds = starts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def split_patch(text: str) -> list[FilePatch]:
    """The file sections of a unified diff (git style or plain); empty when there are none."""
    sections = []
    for chunk in _split_sections(text):
        if not chunk.endswith("\n"):
            chunk += "\n"
        sections.append(FilePatch(chunk, _section_paths(chunk), bool(_SYMLINK.search(chunk)),
                                  bool(_BINARY.search(chunk))))
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


def is_protected(path: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """True when `path` matches a pattern, or is not a safe repo-relative path."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or path.startswith(".git/") or path == ".git":
        return True
    normal = str(pure)
    return any(_glob_regex(p).match(normal) for p in patterns)


def filter_patch(text: str, protected: list[str] | tuple[str, ...]) -> FilteredPatch:
    """Drop sections touching protected or unsafe paths, symlinks and binary files."""
    kept, kept_paths, dropped = [], [], []
    sections = split_patch(text)
    for section in sections:
        bad = section.symlink or section.binary or not section.paths or any(
            is_protected(p, protected) for p in section.paths)
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
