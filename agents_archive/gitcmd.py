"""The archive's git plumbing, on the hermetic host-git helper in ground.git."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ground import git as hostgit
from ground.diskspace import disk_full, nearly_full, says_disk_full
from ground.errors import DiskFull
from ground.git import EMPTY_TREE, ZERO, GitFailed, hermetic_env

# The commands the archive writes objects, refs, index files or config with.
WRITE_COMMANDS = frozenset({"add", "apply", "commit-tree", "config", "gc", "hash-object", "init",
                            "mktree", "read-tree", "rm", "update-ref", "write-tree"})
__all__ = ["EMPTY_TREE", "ZERO", "Git", "GitFailed", "hermetic_env", "init_bare"]


class Git(hostgit.Git):
    """The hermetic runner on one bare repository, with the plumbing the archive writes with.

    A command that failed for want of disk space raises DiskFull, not GitFailed.
    """

    def run_bytes(self, *args: str, input: bytes | None = None,
                  env: dict[str, str] | None = None, cwd: Path | None = None) -> bytes:
        """Run `git ARGS` and return its stdout; DiskFull or GitFailed on a non-zero exit."""
        try:
            return super().run_bytes(*args, input=input, env=env, cwd=cwd)
        except GitFailed as exc:
            if found_no_space(exc, self.git_dir):
                last = (exc.stderr.strip().splitlines() or ["no space left"])[-1]
                raise disk_full(self.git_dir, f"git {exc.command[0]}: {last}") from exc
            raise

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

    def update_refs(self, updates: Sequence[tuple[str, str, str | None]]) -> None:
        """Move refs (name, new, old-or-None-for-create) in one all-or-nothing transaction."""
        lines = ["start"]
        lines += [f"update {ref} {new} {old or ZERO}" for ref, new, old in updates]
        lines += ["prepare", "commit"]
        try:
            self.run("update-ref", "--stdin", input="\n".join(lines) + "\n")
        except DiskFull:
            # Reftable may commit the transaction, then fail for want of space to compact.
            if not all(self.rev(ref) == new for ref, new, _ in updates):
                raise

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


def found_no_space(exc: GitFailed, git_dir: Path) -> bool:
    """Whether git failed for want of space: it says so, or a write failed on a full disk.

    Reftable says only "transaction failure: general error" when it cannot write a table.
    """
    if says_disk_full(exc.stderr):
        return True
    return bool(exc.command) and exc.command[0] in WRITE_COMMANDS and nearly_full(git_dir)


def _tree_entry(record: str) -> tuple[str, str, str, str]:
    """Parse one `ls-tree -z` record."""
    head, path = record.split("\t", 1)
    mode, kind, oid = head.split(" ")
    return mode, kind, oid, path

