"""An agent's two parts, told apart by path: the meta agent (`meta_agent.py` and `meta/**`) and
the task agent (everything else). Diffs are split and labelled by part, and the task part has
a digest of its own, so a child that only changed its meta agent keeps its parent's."""

from __future__ import annotations

import fnmatch
import hashlib
import os
import shutil
from pathlib import Path

from agents_archive.layout import CACHE_GLOBS, META_DIR, META_ENTRY

TASK, META = "task", "meta"
PARTS = (TASK, META)
_HEADER = "diff --git "
# Where a file section's header ends: its first hunk, or the line before it.
_HEADER_END = ("--- ", "+++ ", "@@", "GIT binary patch", "Binary files ")
_MOVES = ("rename from ", "rename to ", "copy from ", "copy to ")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def part_of(path: str) -> str:
    """`meta` for `meta_agent.py` and anything under `meta/`, `task` for every other path."""
    path = path.removeprefix("./")
    return META if path == META_ENTRY or path.startswith(META_DIR + "/") else TASK


def parts_of(patch: str) -> tuple[str, ...]:
    """The parts a git diff touches, in PARTS order."""
    touched = {part_of(p) for p in touched_paths(patch)}
    return tuple(p for p in PARTS if p in touched)


def touched_paths(patch: str) -> list[str]:
    """Every path a git diff touches (both sides of a rename), once each, in diff order."""
    return list(dict.fromkeys(p for section in _sections(patch) for p in _section_paths(section)))


def parts_label(parts: tuple[str, ...] | list[str]) -> str:
    """`task`, `meta`, `both` (both parts touched) or `none`."""
    if TASK in parts and META in parts:
        return "both"
    return parts[0] if parts else "none"


def only_part(patch: str, part: str) -> str:
    """The diff's file sections whose every path is in `part` (text before the first section
    is dropped; a rename across the parts belongs to neither)."""
    return "".join("".join(s) for s in _sections(patch)
                   if all(part_of(p) == part for p in _section_paths(s)))


def task_digest(agent_dir: Path) -> str:
    """16 hex digits of SHA-256 over the sorted lines `path NUL sha256(content) LF` of every
    task-part file (a symlink's content is its target), leaving out `.git` and caches."""
    lines = []
    for path in agent_dir.rglob("*"):
        rel = path.relative_to(agent_dir)
        name = rel.as_posix()
        if ".git" in rel.parts or _is_cache(name) or part_of(name) == META:
            continue
        if path.is_symlink():
            content = os.readlink(path).encode()
        elif path.is_file():
            content = path.read_bytes()
        else:
            continue
        lines.append(f"{name}\0{hashlib.sha256(content).hexdigest()}\n")
    return hashlib.sha256("".join(sorted(lines)).encode()).hexdigest()[:16]


def copy_task_part(src: Path, dest: Path) -> Path:
    """Copy an agent's tree to `dest` (new) without its meta part and `.git`; symlinks stay
    links. Returns `dest`."""
    def skipped(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == src
        return {n for n in names if top and n in (META_ENTRY, META_DIR, ".git")}

    shutil.copytree(src, dest, symlinks=True, ignore=skipped)
    return dest


def _is_cache(rel: str) -> bool:
    """Whether a path matches CACHE_GLOBS (`**/` and `/**` read as git does, for these)."""
    return any(fnmatch.fnmatchcase("/" + rel, glob.replace("**", "*")) for glob in CACHE_GLOBS)


def _sections(patch: str) -> list[list[str]]:
    """The diff's file sections, each a list of its lines (with newlines), from `diff --git`."""
    sections: list[list[str]] = []
    for line in patch.splitlines(keepends=True):
        if line.startswith(_HEADER):
            sections.append([])
        if sections:
            sections[-1].append(line)
    return sections


def _section_paths(section: list[str]) -> list[str]:
    """The paths a section touches: its rename or copy lines, else its `diff --git` line."""
    header = []
    for line in section[1:]:
        if line.startswith(_HEADER_END):
            break
        header.append(line.rstrip("\n"))
    moved = [_unquote(line.split(" ", 2)[2]) for line in header if line.startswith(_MOVES)]
    return moved or _header_paths(section[0][len(_HEADER):].rstrip("\n"))


def _header_paths(rest: str) -> list[str]:
    """`a/X b/Y` (each maybe quoted) to [X, Y]; unquoted with spaces, X == Y decides the cut."""
    if rest.startswith('"'):
        end = _quote_end(rest)
        first, second = rest[:end + 1], rest[end + 2:]
    elif rest.endswith('"'):
        cut = rest.rfind(' "')
        first, second = rest[:cut], rest[cut + 1:]
    else:
        half = len(rest) // 2
        if rest[:half][2:] == rest[half + 1:][2:] and rest[half] == " ":
            first, second = rest[:half], rest[half + 1:]
        else:
            first, _, tail = rest.partition(" b/")
            second = "b/" + tail
    return list(dict.fromkeys(_unquote(p)[2:] for p in (first, second)))


def _quote_end(text: str) -> int:
    """Index of the quote closing the C-quoted string that starts `text`."""
    i = 1
    while i < len(text) and text[i] != '"':
        i += 2 if text[i] == "\\" else 1
    return i


def _unquote(text: str) -> str:
    """A path as git wrote it, C-quoted (`"a/caf\\303\\251"`) when it has special characters."""
    if not (len(text) >= 2 and text.startswith('"') and text.endswith('"')):
        return text
    raw, body, i = bytearray(), text[1:-1], 0
    while i < len(body):
        if body[i] != "\\":
            raw += body[i].encode()
            i += 1
        elif body[i + 1:i + 2].isdigit():
            raw.append(int(body[i + 1:i + 4], 8))
            i += 4
        else:
            raw.append(_ESCAPES.get(body[i + 1], ord(body[i + 1])))
            i += 2
    return raw.decode("utf-8", "surrogateescape")
