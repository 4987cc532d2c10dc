"""Ctrl-C and SIGTERM on a real `dgm run`: status says "stopping"; a second Ctrl-C, or SIGTERM,
leaves no sandbox, gateway folder nor lock behind."""

from __future__ import annotations

import json
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import docker
import pytest

from ground.socketdirs import PREFIX, host_tag
from sandbox import labels as lbl
from tests.loop.test_run_cli import TINY, dgm, start, wait_for_attempts


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY)
    return path


def status(run: Path) -> dict:
    result = dgm("status", str(run), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def gateway_dirs_of(pid: int) -> list[Path]:
    """The gateway socket folders process `pid` made in the temp dir."""
    return list(Path(tempfile.gettempdir()).glob(f"{PREFIX}{host_tag()}-{pid}-*"))


def left_behind(run: Path, pid: int) -> dict[str, object]:
    """What a driver that has exited left: its sandboxes, gateway folders, the run's lock."""
    return {"sandboxes": sandboxes_of(pid), "gateway_dirs": gateway_dirs_of(pid),
            "lock": (run / ".driver.lock").exists()}


NOTHING = {"sandboxes": [], "gateway_dirs": [], "lock": False}


def stderr_of(proc: subprocess.Popen[str]) -> str:
    """The tail of what an exited driver printed on stderr (what it said while leaving)."""
    return proc.stderr.read()[-3000:] if proc.stderr else ""


def sandboxes_of(pid: int) -> list[str]:
    """Ids of the sandbox containers, running or not, that process `pid` owns."""
    owner = [lbl.PROJECT_FILTER, f"{lbl.OWNER_PID}={pid}"]
    return [c["Id"][:12] for c in docker.from_env().api.containers(
        all=True, filters={"label": owner})]


@pytest.mark.docker
@pytest.mark.slow
def test_stopping_then_abort_removes_the_drivers_sandboxes(tmp_path: Path, tiny: Path,
                                                           sandbox_image: str) -> None:
    run = tmp_path / "run"
    proc = start("run", "--config", str(tiny), "--run-dir", str(run))
    try:
        wait_for_attempts(run, timeout=600)
        # Stop while an attempt is in a sandbox: task runs take about 2 s, so an attempt
        # stopped between its steps could end before a sandbox is seen.
        deadline = time.monotonic() + 120
        while not sandboxes_of(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 10
        while (info := status(run))["state"] != "stopping" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert info["state"] == "stopping" and info["wall_s"] > 0
        while not sandboxes_of(proc.pid) and time.monotonic() < deadline + 60:
            time.sleep(0.1)  # the attempts in flight go on: wait until one is in a sandbox
        assert sandboxes_of(proc.pid)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert left_behind(run, proc.pid) == NOTHING, stderr_of(proc)
    info = status(run)
    assert (info["state"], info["stop_reason"]) == ("stopped", "aborted")
    assert info["attempts"]["interrupted"]
    assert set(info["attempts"]["steps"]) == set(info["attempts"]["interrupted"])


@pytest.mark.docker
@pytest.mark.slow
def test_sigterm_aborts_and_leaves_nothing_behind(tmp_path: Path, tiny: Path,
                                                  sandbox_image: str) -> None:
    run = tmp_path / "run"
    proc = start("run", "--config", str(tiny), "--run-dir", str(run))
    try:
        wait_for_attempts(run, timeout=600)
        deadline = time.monotonic() + 60
        while not sandboxes_of(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert sandboxes_of(proc.pid) and gateway_dirs_of(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 143
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert left_behind(run, proc.pid) == NOTHING, stderr_of(proc)
    info = status(run)
    assert (info["state"], info["stop_reason"]) == ("stopped", "terminated")
    resumed = dgm("run", "--resume", str(run), "--set", "budget.wall_hours=1e-9")  # says, stops
    assert "redo from" in resumed.stdout, resumed.stdout[-2000:]
