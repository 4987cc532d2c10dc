"""The archive's git plumbing, on the hermetic host-git helper in ground.git."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ground import git as hostgit
from ground.git import EMPTY_TREE, ZERO, GitFailed, hermetic_env

__all__ = ["EMPTY_TREE", "ZERO", "Git", "GitFailed", "hermetic_env", "init_bare"]


class Git(hostgit.Git):
    """The hermetic runner on one bare repository, with the plumbing the archive writes with."""

    def write_blob(self, data: bytes) -> str:
        """Store a blob and return its id."""
        return self.run_bytes("hash-object", "-w", "--stdin", input=data).decode().strip()

    def mktree(self, entries: Iterable[tuple[str, str, str, str]]) -> str:
        """Store a tree from (mode, type, id, name) entries and return its id."""
        data = b"".join(f"{m} {t} {o}\t{n}".encode() + b"\0" for m, t, o, n in entries)
        return self.run_bytes("mktree", "-z", input=data).decode().strip()

    def ls_tree(self, treeish: str, recursive: bool = False) -> list[tuple[str, str, str, str]]:
        """(mode, type, id, path) entries of a tree; paths are full when recursive."""
        args = ["ls-tree", "-z", *(["-r"] if recursive else []), treeish]
        return [_tree_entry(rec) for rec in self.run_bytes(*args).decode().split("\0") if rec]

    def update_refs(self, updates: Iterable[tuple[str, str, str | None]]) -> None:
        """Move refs (name, new, old-or-None-for-create) in one all-or-nothing transaction."""
        lines = ["start"]
        lines += [f"update {ref} {new} {old or ZERO}" for ref, new, old in updates]
        lines += ["prepare", "commit"]
        self.run("update-ref", "--stdin", input="\n".join(lines) + "\n")

    @contextmanager
    def temp_index(self, directory: Path) -> Iterator[dict[str, str]]:
        """Env selecting a private index file in `directory`, removed afterwards."""
        index = directory / f"index-{os.getpid()}"
        try:
            yield {"GIT_INDEX_FILE": str(index)}
        finally:
            index.unlink(missing_ok=True)


def init_bare(git_dir: Path) -> None:
    """An empty bare repository, with atomic multi-ref transactions where git supports them."""
    git = Git(git_dir)
    init = ["init", "--bare", "--quiet", "--initial-branch=seed"]
    try:
        git.run(*init, "--ref-format=reftable", cwd=git_dir.parent)
    except GitFailed:  # git < 2.45: the files backend, covered by the pending-marker recovery
        shutil.rmtree(git_dir, ignore_errors=True)
        git.run(*init, cwd=git_dir.parent)
    settings = (("core.fsync", "objects,reference"),  # durable across power loss, not only kills
                ("gc.autoDetach", "false"), ("gc.writeCommitGraph", "false"),
                ("core.logAllRefUpdates", "false"))
    for key, value in settings:
        git.run("config", key, value)


def _tree_entry(record: str) -> tuple[str, str, str, str]:
    """Parse one `ls-tree -z` record."""
    head, path = record.split("\t", 1)
    mode, kind, oid = head.split(" ")
    return mode, kind, oid, path

