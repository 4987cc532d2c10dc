"""Agent source trees into and out of the object store, each through a private index."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from agents_archive.gitcmd import Git, GitFailed
from agents_archive.layout import CACHE_GLOBS
from ground.diskspace import disk_full, is_disk_full, nearly_full
from ground.errors import ArchiveError, DiskFull

CACHE_MARKERS = ("__pycache__/", ".pyc", ".pyo", ".pytest_cache/")  # a diff touching caches


def tree_of_dir(git: Git, scratch: Path, source: Path) -> str:
    """Store a directory's files (minus caches and .gitignored files) as a tree."""
    excludes = [f":(exclude,glob){glob}" for glob in CACHE_GLOBS]
    with git.temp_index(scratch) as env:
        work = {**env, "GIT_WORK_TREE": str(source.resolve())}
        git.run("add", "-A", "--", ".", *excludes, env=work, cwd=source)
        return git.run("write-tree", env=env)


def tree_after_diff(git: Git, scratch: Path, commit: str, diff: str, agent: str) -> str:
    """The tree made by applying a unified diff (-p1 paths) to a commit's tree."""
    with git.temp_index(scratch) as env:
        git.run("read-tree", commit, env=env)
        if diff.strip():
            _apply(git, diff, env, agent)
        if any(marker in diff for marker in CACHE_MARKERS):
            caches = [f":(glob){glob}" for glob in CACHE_GLOBS]
            git.run("rm", "--cached", "-r", "-q", "--ignore-unmatch", "--", *caches, env=env)
        return git.run("write-tree", env=env)


def checkout(git: Git, commit: str, dest: Path) -> None:
    """Write a commit's tree into `dest` (new or empty): O(tree size), whatever its history."""
    check_dest(dest)
    created = not dest.exists()
    try:
        dest.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="dgm-index-") as tmp:
            env = {"GIT_INDEX_FILE": str(Path(tmp) / "index"),
                   "GIT_WORK_TREE": str(dest.resolve())}
            git.run("read-tree", "--reset", "-u", commit, env=env, cwd=dest)
    except BaseException as exc:
        if created:
            shutil.rmtree(dest, ignore_errors=True)
        if _no_space(exc, dest):
            raise disk_full(dest) from exc  # a checkout writes to dest, not to the archive
        raise


def _no_space(exc: BaseException, dest: Path) -> bool:
    """Whether a checkout into `dest` failed for want of space (git may only say "unable to
    write file")."""
    if isinstance(exc, DiskFull) or is_disk_full(exc):
        return True
    return isinstance(exc, GitFailed) and nearly_full(dest)


def check_dest(dest: Path) -> None:
    """A checkout goes into a new or empty directory only."""
    if dest.exists() and not dest.is_dir():
        raise ArchiveError(f"destination '{dest}' is not a directory", "choose a new directory")
    if dest.is_dir() and any(dest.iterdir()):
        raise ArchiveError(f"destination '{dest}' is not empty",
                           "choose a new or empty directory")


def _apply(git: Git, diff: str, env: dict[str, str], agent: str) -> None:
    """Apply a diff to the index, or say why it does not apply."""
    try:
        git.run("apply", "--cached", "--whitespace=nowarn", "-", input=diff, env=env)
    except GitFailed as exc:
        reason = (exc.stderr.strip().splitlines() or ["no reason given"])[0]
        raise ArchiveError(f"the diff does not apply to agent {agent}: {reason}",
                           "make the diff against that agent's source (see `dgm diff`)") from None
