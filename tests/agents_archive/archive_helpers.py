"""Helpers shared by the archive tests (a module, since tests/ is not a package)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from agents_archive import GitArchive


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Create files (relative path -> text) under root."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def snapshot(root: Path) -> dict[str, str]:
    """Relative path -> text of every file under root."""
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*"))
            if p.is_file()}


def git(git_dir: Path, *args: str) -> str:
    """Run git against an archive repository and return stdout."""
    ident = {f"GIT_{who}_{what}": value for who in ("AUTHOR", "COMMITTER")
             for what, value in (("NAME", "test"), ("EMAIL", "test@example.invalid"))}
    out = subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, text=True,
                         check=True, env={**os.environ, **ident})
    return out.stdout


SEED_FILES = {
    "coding_agent.py": "print('seed agent')\n",
    "tools/bash.py": "def run(cmd):\n    return cmd\n",
    "tools/edit.py": "def edit(path):\n    return path\n",
    "README.md": "# seed\n",
}



def variant(archive: GitArchive, parent: str, dest: Path, files: dict[str, str]) -> Path:
    """A copy of `parent`'s source at dest with some files written."""
    if dest.exists():
        shutil.rmtree(dest)
    archive.materialize(parent, dest)
    return write_tree(dest, files)
