"""The same evaluation gives the same answer alone and on a loaded machine.

The seed agent and an evolved one (the seed with the toy catalog's "retry when the patch is
empty" change, whose behaviour turns on what `git status` says of its workspace) are scored
on the small split three times: once alone, twice with every core kept busy by CPU burners
and four tasks at once. Per-task outcomes, the changes made and every recorded model exchange
(requests up to test timings) must be identical, and each task's workspace must hold only
what that task put there: its patch touches only files of that task's own repository.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from dgm.toy.catalog import RETRY_EMPTY, apply
from evals import load_benchmark
from evals.patches import touched_paths
from ground.noise import steady

SEED = Path(__file__).resolve().parent.parent / "agents_archive" / "seed"
OUTCOME = ("resolved", "empty_patch", "patch_applied", "agent_exit_code", "agent_timed_out",
           "patch", "error")


def evolved(tmp: Path) -> Path:
    """The seed with the empty-patch retry: it asks `git status --porcelain` of its workspace."""
    agent = tmp / "retry_agent"
    shutil.copytree(SEED, agent)
    entry = agent / "coding_agent.py"
    changed = apply(RETRY_EMPTY, entry.read_text())
    assert changed is not None
    entry.write_text(changed)
    return agent


def burn() -> None:
    while True:
        pass


@contextmanager
def loaded(burners: int) -> Iterator[None]:
    """Every core kept busy (several burners each) while the block runs."""
    procs = [multiprocessing.Process(target=burn, daemon=True) for _ in range(burners)]
    for p in procs:
        p.start()
    try:
        yield
    finally:
        for p in procs:
            p.kill()
            p.join()


def evaluate(agent: Path, out: Path, workers: int) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "dgm", "eval", str(agent), "--benchmark", "pytasks",
         "--split", "small", "--workers", str(workers), "--out", str(out), "--json"],
        capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def outcomes(data: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(r["task_id"], r["repeat"]): {k: r[k] for k in OUTCOME} for r in data["results"]}


def exchanges(out: Path) -> dict[str, Any]:
    """Every recorded exchange by task folder and sequence: the request with its timings
    masked, the response, the error."""
    found = {}
    for path in sorted((out / "recordings").glob("*/*.json")):
        rec = json.loads(path.read_text())
        found[f"{path.parent.name}/{path.name}"] = (steady(rec["request"]), rec["response"],
                                                     rec["error"])
    return found


def task_files(task: Any) -> set[str]:
    """What a task's workspace may hold at the end: its repo's files, and those its
    reference change adds (the simulated model applies that change)."""
    repo = Path(task.repo_dir)
    files = {str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file()}
    return files | set(touched_paths(task.solution_patch or ""))


@pytest.mark.docker
@pytest.mark.slow
def test_same_evaluation_alone_and_under_load(tmp_path: Path, sandbox_image: str) -> None:
    bench = load_benchmark("pytasks")
    own_files = {t: task_files(bench.task(t)) for t in bench.split("small")}
    burners = 2 * (os.cpu_count() or 2)
    for agent in (SEED, evolved(tmp_path)):
        alone = tmp_path / f"{agent.name}-alone"
        runs = [evaluate(agent, alone, workers=2)]
        for n in (1, 2):
            with loaded(burners):
                runs.append(evaluate(agent, tmp_path / f"{agent.name}-loaded{n}", workers=4))
        first = outcomes(runs[0])
        assert len(first) == len(own_files)
        for data in runs[1:]:
            assert outcomes(data) == first
        recorded = exchanges(alone)
        assert recorded
        for n in (1, 2):
            assert exchanges(tmp_path / f"{agent.name}-loaded{n}") == recorded
        # The patch is the whole final workspace against its base (every file, ignored or
        # not), so it lists anything else that got in: another task's files, or ours.
        for (task, _), outcome in first.items():
            assert set(touched_paths(outcome["patch"])) <= own_files[task], task
