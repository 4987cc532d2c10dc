"""Adapters write generated task repos to a cache directory once; helpers for that and for diffs."""

from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def default_cache_dir() -> Path:
    """$DGM_CACHE_DIR, else $XDG_CACHE_HOME/dgm, else ~/.cache/dgm."""
    if os.environ.get("DGM_CACHE_DIR"):
        return Path(os.environ["DGM_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dgm"


def digest(*parts: bytes | str) -> str:
    """A short content hash naming a cache directory."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


def materialize(dest: Path, write: Callable[[Path], None]) -> Path:
    """Make `dest` by calling write(tmp_dir) and renaming it into place; reuse it if present."""
    if dest.is_dir():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        write(tmp)
        os.rename(tmp, dest)
    except OSError:
        if not dest.is_dir():  # a concurrent writer that won the race is fine
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def write_files(root: Path, files: dict[str, str]) -> None:
    """Write repo-relative files under root."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def with_newline(text: str) -> str:
    """`text` ending in exactly one newline (for text we generate, never for upstream files)."""
    return text.rstrip("\n") + "\n"


def read_exact(path: Path) -> str:
    """A UTF-8 file's text exactly as stored: no newline translation, no final newline added."""
    return path.read_bytes().decode("utf-8")


def copy_files(source: Path, dest: Path, paths: list[str]) -> None:
    """Copy repo-relative files from source to dest byte for byte."""
    for rel in paths:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / rel, dest / rel)


def _lines(text: str) -> list[str]:
    """`text` split after each newline only (not at \\r, form feeds or other line breaks)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def file_diff(path: str, old: str | None, new: str | None) -> str:
    """A git-style diff section turning `old` into `new` (None: the file does not exist).

    Exact: a last line without a newline is marked as git marks it, so the patch applies to
    the very bytes of `old` and makes the very bytes of `new`.
    """
    header = [f"diff --git a/{path} b/{path}\n"]
    if old is None:
        header.append("new file mode 100644\n")
    elif new is None:
        header.append("deleted file mode 100644\n")
    body = list(difflib.unified_diff(
        _lines(old or ""), _lines(new or ""),
        fromfile=f"a/{path}" if old is not None else "/dev/null",
        tofile=f"b/{path}" if new is not None else "/dev/null", n=3))
    if not body:
        return "".join(header) if old is None and new == "" else ""
    return "".join(header + [line if line.endswith("\n") else
                             line + "\n\\ No newline at end of file\n" for line in body])
