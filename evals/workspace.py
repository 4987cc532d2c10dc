"""A task's repo: what the agent's workspace holds; in the grader, base, diff and hidden tests."""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from evals.patches import GRADER_PROTECTED, is_blocked, is_protected, root_module, touched_paths
from evals.task import Task
from ground.socketdirs import owned_temp_dir

WORKDIR = "/workspace"
SCRATCH = "/tmp/dgm-grade"
# The base commit lives in a git dir outside the work tree, where no patch can write; our git
# calls never run hooks, fsmonitor commands, pagers or external diff tools.
GIT_DIR = f"{SCRATCH}/git"
GIT = ["git", "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false",
       "-c", "core.quotepath=false", "-c", "user.name=dgm", "-c", "user.email=dgm@localhost",
       "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "safe.directory=*"]
GIT_ENV = {"HOME": "/tmp", "GIT_DIR": GIT_DIR, "GIT_WORK_TREE": WORKDIR,
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_PAGER": "cat",
           "GIT_AUTHOR_DATE": "2000-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2000-01-01T00:00:00Z",
           "GIT_OPTIONAL_LOCKS": "0"}
STEP_TIMEOUT_S = 300.0
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".git")


class StepFailed(RuntimeError):
    """A harness command in the sandbox exited non-zero."""


@dataclass
class ApplyOutcome:
    """How applying a diff went."""

    applied: bool
    method: str | None = None  # "git apply", "patch -p1", or None when nothing was applied
    error: str | None = None
    restored_paths: list[str] = field(default_factory=list)  # protected changes undone after


def grader_tree(task: Task) -> str:
    """Where the grader keeps the repo: /workspace for a repo from the host, else the place the
    task's image has it (`repo_path`, e.g. /testbed), where its installs point."""
    if task.repo_dir is not None:
        return WORKDIR
    return task.repo_path.rstrip("/") or "/"


def run(sb: Any, cmd: list[str], timeout: float = STEP_TIMEOUT_S, tree: str = WORKDIR) -> Any:
    """Run a harness command in the repo at `tree` with our git environment."""
    return sb.exec(cmd, timeout=timeout, workdir=tree, env={**GIT_ENV, "GIT_WORK_TREE": tree})


def protected_patterns(task: Task) -> list[str]:
    """Paths whose changes never reach grading: grader-wide, the task's, its hidden tests."""
    patterns = [*GRADER_PROTECTED, *task.protected_paths]
    target = PurePosixPath(task.hidden_tests_target)
    if str(target) not in ("", "."):
        patterns.append(f"{target}/**")
    if task.hidden_tests_dir is not None:
        patterns += [str(target / p.relative_to(task.hidden_tests_dir))
                     for p in task.hidden_tests_dir.rglob("*") if p.is_file()]
    if task.hidden_tests_patch:
        patterns += touched_paths(task.hidden_tests_patch)
    return patterns


def setup_repo(sb: Any, task: Task, source: Path | None = None) -> None:
    """Put the pristine repo (`source` on the host, by default the task's `repo_dir`) at the
    grader's tree and commit it as the base; raise on failure."""
    source = source or task.repo_dir
    if source is None:
        raise StepFailed(f"task {task.id} has no repo on the host to grade in")
    tree = grader_tree(task)
    with owned_temp_dir("repo") as tmp:
        clean = Path(tmp) / "repo"
        shutil.copytree(source, clean, ignore=_IGNORE, symlinks=True)
        sb.put(clean, tree)
    # One command (each exec is a round trip to the daemon): scratch dir, then the base commit.
    steps = [["mkdir", "-p", GIT_DIR], [*GIT, "init", "-q"], [*GIT, "add", "-A", "-f"],
             [*GIT, "commit", "-q", "--allow-empty", "--no-verify", "-m", "dgm base"]]
    _check(run(sb, ["sh", "-c", " && ".join(shlex.join(step) for step in steps)], tree=tree),
           "commit the base")


def put_text(sb: Any, text: str, name: str) -> str:
    """Write `text` to a file in the sandbox's scratch dir; return its container path."""
    with owned_temp_dir("put") as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        sb.put(path, SCRATCH)
    return f"{SCRATCH}/{name}"


def apply_patch(sb: Any, patch: str, protected: list[str], modules: Collection[str] = (),
                tree: str = WORKDIR) -> ApplyOutcome:
    """Apply a diff to the repo at `tree` with git apply, else patch -p1; then undo any change
    to blocked paths."""
    if not patch.strip():
        return ApplyOutcome(applied=True)
    path = put_text(sb, patch, "patch.diff")
    method, error = None, ""
    if run(sb, [*GIT, "apply", "--whitespace=nowarn", path], tree=tree).exit_code == 0:
        method = "git apply"
    else:
        options = ["-p1", "--batch", "--forward", "--no-backup-if-mismatch", "--reject-file=-"]
        dry = run(sb, ["patch", *options, "--dry-run", "-i", path], tree=tree)
        if dry.exit_code == 0 and run(sb, ["patch", *options, "-i", path],
                                      tree=tree).exit_code == 0:
            method = "patch -p1"
        error = (dry.stdout + dry.stderr)[-500:]
    if method is None:
        return ApplyOutcome(applied=False, error=f"patch does not apply: {error.strip()}")
    try:
        restored = restore_protected(sb, protected, modules, tree)
    except StepFailed as exc:
        return ApplyOutcome(applied=False, method=method, error=f"patched tree unusable: {exc}")
    return ApplyOutcome(applied=True, method=method, restored_paths=restored)


def changed_paths(sb: Any, tree: str = WORKDIR) -> list[str]:
    """Paths that differ from the base commit, new files included."""
    steps = [[*GIT, "add", "-A", "-f"],
             [*GIT, "diff", "--cached", "--name-only", "--no-renames", "-z", "HEAD"]]
    res = run(sb, ["sh", "-c", " && ".join(shlex.join(step) for step in steps)], tree=tree)
    _check(res, "list changed files")
    return [p for p in res.stdout.split("\0") if p]


def restore_protected(sb: Any, protected: list[str], modules: Collection[str] = (),
                      tree: str = WORKDIR) -> list[str]:
    """Put blocked paths back as they were in the base commit (whatever applied them)."""
    bad = [p for p in changed_paths(sb, tree) if is_blocked(p, protected, modules)]
    if not bad:
        return bad
    literal = [*GIT, "--literal-pathspecs"]
    _check(run(sb, [*literal, "rm", "-q", "-r", "-f", "--cached", "--ignore-unmatch", "--", *bad],
               tree=tree), "unstage protected paths")
    _check(run(sb, ["rm", "-rf", "--", *bad], tree=tree), "remove protected paths")
    listed = run(sb, [*literal, "ls-tree", "-r", "-z", "--name-only", "HEAD", "--", *bad],
                 tree=tree)
    _check(listed, "list protected paths in the base")
    in_base = [p for p in listed.stdout.split("\0") if p]
    if in_base:
        _check(run(sb, [*literal, "checkout", "HEAD", "--", *in_base], tree=tree),
               "restore protected paths")
    return bad


def base_modules(sb: Any, tree: str = WORKDIR) -> frozenset[str]:
    """The top-level modules the pristine repo defines itself (its files X.py, its dirs X/)."""
    res = run(sb, [*GIT, "ls-tree", "-z", "HEAD"], tree=tree)
    _check(res, "list the base commit")
    names = set()
    for entry in filter(None, res.stdout.split("\0")):
        meta, _, name = entry.partition("\t")
        names.add(root_module(f"{name}/" if meta.split()[1] == "tree" else name))
    return frozenset(n for n in names if n)


def install_hidden_tests(sb: Any, task: Task) -> str | None:
    """Copy the hidden tests into place; an error message when a hidden test patch fails."""
    tree = grader_tree(task)
    target = f"{tree}/{task.hidden_tests_target}".rstrip("/.")
    if task.hidden_tests_dir is not None:
        sb.put(task.hidden_tests_dir, target or tree)
    if task.hidden_tests_patch:
        path = put_text(sb, task.hidden_tests_patch, "hidden_tests.diff")
        res = run(sb, [*GIT, "apply", "--whitespace=nowarn", path], tree=tree)
        if res.exit_code != 0:
            return f"hidden test patch does not apply: {res.stderr[-500:]}"
    return None


def _check(result: Any, doing: str) -> None:
    """Raise StepFailed when a harness command did not succeed."""
    if result.exit_code != 0:
        raise StepFailed(f"could not {doing}: {(result.stderr or result.stdout)[-300:].strip()}")


def visible_files(root: Path, patterns: list[str]) -> list[str]:
    """The repo-relative files and symlinks under `root` that the allow-list `patterns` admits."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        links = [d for d in dirnames if (here / d).is_symlink()]
        dirnames[:] = [d for d in dirnames if d != ".git" and d not in links]
        for name in [*filenames, *links]:
            rel = (here / name).relative_to(root).as_posix()
            # The same glob rules as protected paths; a .git entry is never admitted.
            if name != ".git" and is_protected(rel, patterns):
                found.append(rel)
    return sorted(found)


def copy_visible(root: Path, dest: Path, patterns: list[str]) -> list[str]:
    """Copy the files of `root` that `patterns` admit into `dest`, byte for byte; return them."""
    files = visible_files(root, patterns)
    dest.mkdir(parents=True, exist_ok=True)
    for rel in files:
        source, target = root / rel, dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)
    return files
