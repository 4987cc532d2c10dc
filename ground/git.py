"""Host git, hermetic: what a command does depends on its arguments and repository only.

No user or system config, no GIT_* variable from the caller's environment, no hooks, no
global ignore or attributes file, no external diff tool, no colour, the C locale and a fixed
identity. Used by the archive, the harness and the attempt; one error type, GitFailed.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ground.errors import DgmError

ZERO = "0" * 40
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
# Config for every command. The global ignore and attributes files have default paths that
# apply even without a global config (~/.config/git/ignore, .../attributes): point them away.
CONFIG = ("core.hooksPath=/dev/null", "core.fsmonitor=false", "core.attributesFile=/dev/null",
          "core.excludesFile=/dev/null", "commit.gpgsign=false", "user.name=dgm",
          "user.email=dgm@localhost")
DIFF_COMMANDS = frozenset({"diff", "log", "show"})  # these take --no-ext-diff --no-color


def hermetic_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment minus GIT_* variables and user/system git config, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, GIT_TERMINAL_PROMPT="0",
               LC_ALL="C")
    env.update(extra or {})
    return env


class GitFailed(DgmError):
    """A git command exited non-zero; `stderr` holds what git said."""

    def __init__(self, command: Sequence[str], stderr: str, returncode: int = 1) -> None:
        last = (stderr.strip().splitlines() or ["no message"])[-1]
        super().__init__(f"git {command[0] if command else ''} failed: {last}",
                         "check the repository with `git fsck`, then retry")
        self.command, self.stderr, self.returncode = list(command), stderr, returncode

    def __reduce__(self) -> tuple[type[GitFailed], tuple[list[str], str, int]]:
        return type(self), (self.command, self.stderr, self.returncode)  # crosses process pools


def argv(*args: str, prefix: Sequence[str] = ()) -> list[str]:
    """The full command line for `git ARGS`: our config, then `prefix` options, then ARGS."""
    config = [part for item in CONFIG for part in ("-c", item)]
    if args and args[0] in DIFF_COMMANDS:
        args = (args[0], "--no-ext-diff", "--no-color", *args[1:])
    return ["git", *config, *prefix, *args]


def completed(command: list[str], cwd: Path, input: bytes | None = None,
              env: dict[str, str] | None = None,
              pass_fds: Sequence[int] = ()) -> subprocess.CompletedProcess[bytes]:
    """Run a full git command line hermetically; the exit code is the caller's to check."""
    return subprocess.run(command, input=input, capture_output=True, env=hermetic_env(env),
                          cwd=cwd, pass_fds=tuple(pass_fds))


def run_git(*args: str, cwd: Path, input: bytes | None = None,
            env: dict[str, str] | None = None) -> bytes:
    """Run `git ARGS` in `cwd` with no repository named; stdout, or GitFailed."""
    proc = completed(argv(*args), cwd, input, env)
    if proc.returncode != 0:
        raise GitFailed(args, proc.stderr.decode(errors="replace"), proc.returncode)
    return proc.stdout


def apply_to_dir(patch: bytes, dest: Path) -> None:
    """Apply a -p1 diff to the files under `dest`, a plain directory (git apply, no repository)."""
    dest = dest.resolve()
    # Stop repository discovery at dest: a repository around it must not catch the paths.
    run_git("apply", "--binary", "--whitespace=nowarn", "-", cwd=dest, input=patch,
            env={"GIT_CEILING_DIRECTORIES": str(dest.parent)})


class Git:
    """Runs git commands with argument lists against one git directory (and work tree)."""

    def __init__(self, git_dir: Path, work_tree: Path | None = None) -> None:
        self.git_dir = Path(git_dir).absolute()  # git runs with cwd = git_dir: never relative
        self.work_tree = Path(work_tree).absolute() if work_tree is not None else None
        # Set while writing to the archive: children inherit its writer lock, so a git process
        # orphaned by a killed writer keeps the archive locked until it has finished.
        self.pass_fds: tuple[int, ...] = ()

    def _prefix(self) -> list[str]:
        work = [f"--work-tree={self.work_tree}"] if self.work_tree is not None else []
        return [f"--git-dir={self.git_dir}", *work]

    def _completed(self, args: Sequence[str], input: bytes | None = None,
                   env: dict[str, str] | None = None,
                   cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
        where = cwd or self.work_tree or self.git_dir
        return completed(argv(*args, prefix=self._prefix()), where, input, env, self.pass_fds)

    def run_bytes(self, *args: str, input: bytes | None = None,
                  env: dict[str, str] | None = None, cwd: Path | None = None) -> bytes:
        """Run `git ARGS` and return its stdout; raise GitFailed on a non-zero exit."""
        proc = self._completed(args, input, env, cwd)
        if proc.returncode != 0:
            raise GitFailed(args, proc.stderr.decode(errors="replace"), proc.returncode)
        return proc.stdout

    def run(self, *args: str, input: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> str:
        """Run `git ARGS` with text input and return its stdout stripped of the final newline."""
        data = input.encode() if input is not None else None
        return self.run_bytes(*args, input=data, env=env, cwd=cwd).decode().removesuffix("\n")

    def rev(self, name: str) -> str | None:
        """The object id `name` points at, or None when it does not exist."""
        proc = self._completed(["rev-parse", "-q", "--verify", f"{name}^{{object}}"])
        return proc.stdout.decode().strip() if proc.returncode == 0 else None

    def read_blobs(self, names: Iterable[str]) -> list[bytes | None]:
        """Contents of many objects in one `cat-file --batch` process; None for missing ones."""
        names = list(names)
        if not names:
            return []
        query = "".join(f"{n}\n" for n in names).encode()
        out = self.run_bytes("cat-file", "--batch", "--buffer", input=query)
        return list(parse_batch(out, len(names)))


def parse_batch(out: bytes, count: int) -> Iterator[bytes | None]:
    """Split `cat-file --batch` output into object contents (None for a missing object)."""
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
