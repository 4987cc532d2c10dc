"""A thin, hermetic runner for git plumbing against one bare repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ground.errors import ArchiveError

ZERO = "0" * 40
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


def hermetic_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment minus GIT_* variables and user/system git config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, GIT_TERMINAL_PROMPT="0",
               LC_ALL="C")
    env.update(extra or {})
    return env


class GitFailed(ArchiveError):
    """A git command exited non-zero."""

    def __init__(self, args: list[str], stderr: str) -> None:
        first = (stderr.strip().splitlines() or ["no message"])[-1]
        super().__init__(f"git {args[0]} failed: {first}",
                         "check the archive with `git fsck`, then retry")
        self.stderr = stderr


class Git:
    """Runs git commands with argument lists against one git directory."""

    def __init__(self, git_dir: Path) -> None:
        self.git_dir = Path(git_dir).absolute()  # git runs with cwd = git_dir: never relative
        # Set while writing: children inherit the writer lock, so a git process orphaned by a
        # killed writer keeps the archive locked until it has finished.
        self.pass_fds: tuple[int, ...] = ()

    def run_bytes(self, *args: str, input: bytes | None = None,
                  env: dict[str, str] | None = None, cwd: Path | None = None) -> bytes:
        """Run `git ARGS` and return its stdout; raise GitFailed on a non-zero exit."""
        argv = ["git", f"--git-dir={self.git_dir}", *args]
        proc = subprocess.run(argv, input=input, capture_output=True, env=hermetic_env(env),
                              cwd=cwd or self.git_dir, pass_fds=self.pass_fds)
        if proc.returncode != 0:
            raise GitFailed(list(args), proc.stderr.decode(errors="replace"))
        return proc.stdout

    def run(self, *args: str, input: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> str:
        """Run `git ARGS` with text input and return its stdout stripped of the final newline."""
        data = input.encode() if input is not None else None
        return self.run_bytes(*args, input=data, env=env, cwd=cwd).decode().removesuffix("\n")

    def rev(self, name: str) -> str | None:
        """The object id `name` points at, or None when it does not exist."""
        proc = subprocess.run(["git", f"--git-dir={self.git_dir}", "rev-parse", "-q", "--verify",
                               f"{name}^{{object}}"],
                              capture_output=True, text=True, env=hermetic_env(), cwd=self.git_dir)
        return proc.stdout.strip() if proc.returncode == 0 else None

    def read_blobs(self, names: Iterable[str]) -> list[bytes | None]:
        """Contents of many objects in one `cat-file --batch` process; None for missing ones."""
        names = list(names)
        if not names:
            return []
        query = "".join(f"{n}\n" for n in names).encode()
        out = self.run_bytes("cat-file", "--batch", "--buffer", input=query)
        return list(_parse_batch(out, len(names)))

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


def _parse_batch(out: bytes, count: int) -> Iterator[bytes | None]:
    """Split `cat-file --batch` output into object contents."""
    pos = 0
    for _ in range(count):
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        pos = end + 1
        if header[-1] == b"missing" or len(header) != 3:
            yield None
            continue
        size = int(header[2])
        yield out[pos:pos + size]
        pos += size + 1
