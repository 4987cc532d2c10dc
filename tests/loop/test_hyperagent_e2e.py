"""Mode hyperagent end to end: `dgm run` of the shipped config with real sandboxes and the toy
model, then `dgm status --json`; and the seed meta agent's first generation against mode dgm's.

Two runs for every assertion, at once as each costs minutes on two cores: the demo config in
mode hyperagent for two generations, and the same config and seed in mode dgm for one. Agents
are scored on three tasks and no final phase runs, which changes nothing the assertions read.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agents_archive import GitArchive

REPO = Path(__file__).resolve().parents[2]
CONFIG = "configs/hyperagent.toml"
SMALL = ["--set", 'evaluation.stages=[{split = "small", limit = 3}]',
         "--set", "evaluation.top_k=0", "--set", "executor.workers=2"]


def dgm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=900)


def start(root: Path, name: str, *settings: str) -> tuple[Path, subprocess.Popen[str]]:
    """A run of the demo config with `settings` on top, started in the background."""
    folder = root / name
    proc = subprocess.Popen([sys.executable, "-m", "dgm", "run", "--config", CONFIG,
                             "--run-dir", str(folder), *SMALL, *settings],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    return folder, proc


def finished(folder: Path, proc: subprocess.Popen[str]) -> Path:
    """The run's folder once it has stopped for its generations."""
    stdout, stderr = proc.communicate(timeout=1200)
    assert proc.returncode == 0, (stdout[-2000:], stderr[-3000:])
    assert "stopped: generations" in stdout, stdout[-2000:]
    return folder


def stop(proc: subprocess.Popen[str]) -> None:
    """Stop a run still going as Ctrl-C twice does (it aborts, removing its sandboxes)."""
    if proc.poll() is not None:
        return
    for _ in range(2):
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            time.sleep(1)
    proc.communicate()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str) -> dict[str, Path]:
    """The hyperagent run (2 generations) and the dgm run (1 generation), same seed, both at
    once (the test's wall time is the longer one's, not their sum)."""
    root = tmp_path_factory.mktemp("e2e")
    hyper = start(root, "hyper", "--set", "evolution.generations=2")
    fixed = start(root, "dgm", "--set", "evolution.generations=1",
                  "--set", "evolution.mode=dgm")
    try:
        return {"hyperagent": finished(*hyper), "dgm": finished(*fixed)}
    finally:
        stop(hyper[1])
        stop(fixed[1])


def generation_one(folder: Path) -> dict[str, str]:
    """The child.patch of each generation-1 attempt, by attempt id."""
    return {p.parent.name: p.read_text() for p in sorted(folder.glob("attempts/g001*/child.patch"))}


@pytest.mark.docker
@pytest.mark.slow
def test_the_demo_config_runs_two_generations_and_reports_imp_at_k(runs: dict[str, Path]) -> None:
    folder = runs["hyperagent"]
    done = dgm("status", str(folder), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    status = json.loads(done.stdout)
    assert status["generations_finished"] == 2 and status["simulated"] is True
    assert status["imp_k"] == 50 and status["imp_at"] == 2 and status["imp_reached"] is False
    assert isinstance(status["imp_at_k"], float) and status["imp_at_k"] >= 0.0
    assert status["imp_best"] is not None
    records = GitArchive.open(folder).agents()
    root = next(r for r in records if r.parent is None)
    children = [r for r in records if r.parent is not None]
    assert root.extra["parts"] == "none"
    assert children, "no child was admitted in two generations"
    assert all(r.extra["parts"] in ("task", "meta", "both") for r in children)
    assert (folder / "attempts" / "g001a00" / "meta_agent.json").exists()  # the meta step ran


@pytest.mark.docker
@pytest.mark.slow
def test_the_seed_meta_agent_makes_the_children_mode_dgm_makes(runs: dict[str, Path]) -> None:
    hyper, fixed = generation_one(runs["hyperagent"]), generation_one(runs["dgm"])
    assert fixed and any(fixed.values()), "mode dgm made no child in generation 1"
    assert list(hyper) == list(fixed)
    for attempt, patch in fixed.items():
        assert hyper[attempt] == patch, attempt  # byte for byte
    assert not (runs["dgm"] / "attempts" / "g001a00" / "meta_agent.json").exists()
