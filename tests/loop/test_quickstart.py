"""The README's quick start as a new user types it: from a fresh clone's root, relative paths."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ONE_GENERATION = ("--generations", "1", "--set", 'evaluation.stages=[{split="small", limit=2}]',
                  "--set", "evaluation.heldout_limit=2")


def fresh_clone(dest: Path) -> Path:
    """The repository's files (tracked and new, as a clone of this tree would have them)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def dgm_at(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`dgm ARGS` run from `root`, importing the clone's own code."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True,
                          cwd=root, env=env, timeout=1200)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-3000:])
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_readme_quick_start_from_a_fresh_clone(tmp_path: Path, sandbox_image: str) -> None:
    root = fresh_clone(tmp_path / "clone")
    ok(dgm_at(root, "run", "--config", "configs/demo.toml", "--run-dir", "runs/demo",
              *ONE_GENERATION))
    assert (root / "runs" / "demo" / "archive.git").is_dir()
    assert not (root / "runs" / "demo" / "runs").exists()
    ok(dgm_at(root, "run", "--resume", "runs/demo"))  # a second `make run` just reports
    status = json.loads(ok(dgm_at(root, "status", "runs/demo", "--json")))
    assert status["run"] == "demo" and status["state"] == "stopped"
    assert status["generations_finished"] == 1
    assert "best" in ok(dgm_at(root, "tree", "runs/demo"))
    agents = json.loads(ok(dgm_at(root, "tree", "runs/demo", "--json")))["agents"]
    ids = [a["id"] for a in agents]
    assert ids[-1] in ok(dgm_at(root, "show", "runs/demo", ids[-1]))
    ok(dgm_at(root, "diff", "runs/demo", ids[0], ids[-1]))
    ok(dgm_at(root, "report", "runs/demo", "-o", "demo.html"))
    assert "<html" in (root / "demo.html").read_text()[:500].lower()
    elsewhere = subprocess.run([sys.executable, "-m", "dgm", "status", str(root / "runs/demo"),
                                "--json"], capture_output=True, text=True, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(root)})
    assert json.loads(elsewhere.stdout) | {"wall_s": 0} == status | {"wall_s": 0}
