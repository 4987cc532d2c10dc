"""dgm status, dgm report and the loop's parent selection ask git the same few questions
whether the archive holds 10 agents or 100: never once per agent."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from agents_archive import GitArchive
from benchmarks.bench_views import grow_big_run, start_big_run
from dgm.evolution.selection import candidates_from


def git_log_shim(tmp: Path) -> tuple[str, Path]:
    """A PATH whose `git` notes each command in a log, then runs the real git."""
    real, log = shutil.which("git"), tmp / "git-calls.log"
    assert real is not None
    shim = tmp / "shim"
    shim.mkdir()
    (shim / "git").write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{real}" "$@"\n')
    (shim / "git").chmod(0o755)
    return f"{shim}{os.pathsep}{os.environ['PATH']}", log


def commands(log: Path) -> Counter[str]:
    """How many times each git subcommand ran (the word after the -c options)."""
    counts: Counter[str] = Counter()
    for line in log.read_text().splitlines() if log.exists() else []:
        words = line.split()
        while words and words[0].startswith("-"):  # -c NAME=VALUE, --git-dir=DIR, ...
            words = words[2:] if words[0] in ("-c", "-C") else words[1:]
        counts[words[0] if words else "?"] += 1
    log.unlink(missing_ok=True)
    return counts


def git_calls(root: Path, tmp: Path, path: str, log: Path) -> dict[str, Counter[str]]:
    """The git commands each operation ran on the run at `root`."""
    env = {**os.environ, "PATH": path}
    calls = {}
    for name, args in (("status", ["status", root, "--json"]),
                       ("report", ["report", root, "-o", tmp / "report.html"])):
        subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], env=env, check=True,
                       capture_output=True, timeout=300)
        calls[name] = commands(log)
    return calls


@pytest.mark.slow
def test_views_and_selection_run_as_many_git_commands_at_100_agents_as_at_10(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, log = git_log_shim(tmp_path)
    run, rng = start_big_run(tmp_path / "run"), random.Random(3)
    seen = []
    for size in (10, 100):
        grow_big_run(run, size, rng)
        calls = git_calls(run.root, tmp_path, path, log)
        with monkeypatch.context() as patch:
            patch.setenv("PATH", path)
            assert len(candidates_from(GitArchive.open(run.root).agents(), "ok")) > size // 2
        calls["select"] = commands(log)
        seen.append(calls)
    small, big = seen
    assert small == big
    assert all(0 < sum(c.values()) <= 12 for c in big.values()), big
