"""`dgm run` for real (Docker, git, the toy model): kill -9 and resume, errors, status."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agents_archive import GitArchive

TINY = """
name = "tiny"
seed = 3
[evolution]
generations = 2
attempts_per_generation = 2
[evaluation]
benchmark = "pytasks"
stages = [{ split = "small", limit = 3 }]
workers = 2
agent_timeout_s = 120.0
top_k = 1
heldout_limit = 2
[executor]
workers = 2
[gateway]
provider = "toy"
model = "toy"
"""


def dgm(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True,
                          **kw)  # type: ignore[call-overload]


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "dgm", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def lineage(run: Path) -> list[tuple[str, str | None, float | None, str]]:
    return sorted((r.id, r.parent, r.score, r.status) for r in GitArchive.open(run).agents())


def fsck(run: Path) -> None:
    result = subprocess.run(["git", "--git-dir", str(run / "archive.git"), "fsck", "--full"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stderr.lower(), result.stderr


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY)
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str) -> list[tuple]:
    """The lineage of an uninterrupted tiny run."""
    config = tmp_path_factory.mktemp("ref") / "tiny.toml"
    config.write_text(TINY)
    clean = config.parent / "clean"
    done = dgm("run", "--config", str(config), "--run-dir", str(clean), timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "stopped: generations" in done.stdout
    found = lineage(clean)
    assert len(found) >= 2  # the seed and at least one admitted child
    return found


def wait_for_attempts(run: Path, timeout: float = 120.0) -> None:
    """Wait until the run has started its first self-modification attempt."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        journal = run / "journal.jsonl"
        if journal.exists() and '"attempt":"g001' in journal.read_text():  # not the seed's
            return
        time.sleep(0.5)
    raise AssertionError("the run never started an attempt")


def wait_for_new_attempt(run: Path, seen: int, timeout: float = 120.0) -> None:
    """Wait until the journal, past its first `seen` lines, records an attempt starting."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = (run / "journal.jsonl").read_text().splitlines()[seen:]
        if any(json.loads(line)["kind"] == "attempt_started" for line in lines):
            return
        time.sleep(0.2)
    raise AssertionError("the resumed run never started an attempt")


def last_event(run: Path) -> dict:
    return json.loads((run / "journal.jsonl").read_text().splitlines()[-1])


@pytest.mark.docker
@pytest.mark.slow
def test_ctrl_c_stops_gracefully_twice_aborts_and_both_resume(tmp_path: Path, tiny: Path,
                                                              reference: list[tuple]) -> None:
    run = tmp_path / "run"
    proc = start("run", "--config", str(tiny), "--run-dir", str(run))
    wait_for_attempts(run)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=600) == 0
    assert last_event(run)["data"]["reason"] == "interrupted"
    seen = len((run / "journal.jsonl").read_text().splitlines())
    proc = start("run", "--resume", str(run))
    wait_for_new_attempt(run, seen)  # mid-attempt: a fixed wait could see the run end first
    proc.send_signal(signal.SIGINT)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=120) == 130
    done = dgm("run", "--resume", str(run), timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    assert lineage(run) == reference
    fsck(run)


@pytest.mark.docker
@pytest.mark.slow
def test_killed_and_resumed_run_ends_like_an_uninterrupted_one(tmp_path: Path, tiny: Path,
                                                              reference: list[tuple]) -> None:

    crashy, rng = tmp_path / "crashy", random.Random(11)
    proc = start("run", "--config", str(tiny), "--run-dir", str(crashy))
    for kill in range(3):
        time.sleep(rng.uniform(3.0, 20.0))
        if proc.poll() is None:
            if kill == 0:  # status is readable while the run goes on
                info = json.loads(dgm("status", str(crashy), "--json").stdout)
                assert info["state"] == "running" and info["driver_pid"] == proc.pid
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc = start("run", "--resume", str(crashy))
    assert proc.wait(timeout=1200) == 0, proc.stderr.read()[-3000:] if proc.stderr else ""
    assert lineage(crashy) == reference
    fsck(crashy)
    info = json.loads(dgm("status", str(crashy), "--json").stdout)
    assert info["state"] == "stopped" and info["stop_reason"] == "generations"
    assert info["generations_finished"] == 2


@pytest.mark.docker
def test_a_second_driver_is_refused(tmp_path: Path, tiny: Path, sandbox_image: str) -> None:
    run = tmp_path / "run"
    proc = start("run", "--config", str(tiny), "--run-dir", str(run))
    try:
        deadline = time.monotonic() + 60
        while not (run / "dgm.toml").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)
        second = dgm("run", "--resume", str(run))
        assert second.returncode == 2
        assert "another process" in second.stderr and "Traceback" not in second.stderr
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("args, needle", [
    (["--set", "evolution.selection=\"fittest\""], "score_child_prop"),
    (["--set", "evolution.generatons=3"], "valid keys in [evolution]"),
    (["--selection", "fittest"], "score_child_prop"),
    (["--set", "gateway.provider=\"gpt\""], "anthropic"),
])
def test_bad_config_is_one_line_and_creates_nothing(tmp_path: Path, tiny: Path, args: list[str],
                                                    needle: str) -> None:
    result = dgm("run", "--config", str(tiny), "--run-dir", str(tmp_path / "run"), *args)
    assert result.returncode == 2, result.stderr
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "run").exists()


def test_missing_config_file(tmp_path: Path) -> None:
    result = dgm("run", "--config", str(tmp_path / "nope.toml"), "--run-dir", str(tmp_path / "r"))
    assert result.returncode == 2 and "not found" in result.stderr


def test_a_run_directory_of_another_run_is_left_alone(tmp_path: Path, tiny: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    (run / "dgm.toml").write_text('name = "other"\n')
    (run / "journal.jsonl").write_text("")
    before = snapshot(run)
    result = dgm("run", "--config", str(tiny), "--run-dir", str(run))
    assert result.returncode == 2 and "already holds a run" in result.stderr
    assert snapshot(run) == before
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("mine")
    result = dgm("run", "--config", str(tiny), "--run-dir", str(stranger))
    assert result.returncode == 2 and "not empty" in result.stderr
    assert snapshot(stranger) == {"notes.txt": b"mine"}


def test_resume_refuses_to_change_what_the_run_does(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    (run / "dgm.toml").write_text('name = "r"\n')
    before = snapshot(run)
    result = dgm("run", "--resume", str(run), "--set", "seed=5")
    assert result.returncode == 2 and "cannot change when resuming" in result.stderr
    assert snapshot(run) == before
    result = dgm("run", "--resume", str(tmp_path / "missing"))
    assert result.returncode == 2 and "no run directory" in result.stderr


def test_no_docker_daemon_is_one_line(tmp_path: Path, tiny: Path) -> None:
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-docker.sock"}
    result = dgm("run", "--config", str(tiny), "--run-dir", str(tmp_path / "run"), env=env)
    assert result.returncode == 2
    assert "docker" in result.stderr.lower() and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "run").exists()
