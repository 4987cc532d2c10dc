"""Sandboxes end on their own at their deadline, owner or not; a gone sandbox is a clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docker
import pytest

from sandbox import Sandbox, SandboxConfig, SandboxError, open_sandbox
from sandbox import labels as lbl
from sandbox.spec import keepalive

WAIT_S = 60.0  # how long a test waits for the daemon to remove a container, at most


def _api() -> docker.APIClient:
    return docker.from_env().api


def _owned_by(pid: int) -> list[str]:
    """Ids of the project's containers, running or not, owned by process `pid` of this host."""
    owner = [lbl.PROJECT_FILTER, f"{lbl.OWNER_PID}={pid}"]
    return [c["Id"] for c in _api().containers(all=True, filters={"label": owner})]


def _exists(container_id: str) -> bool:
    try:
        _api().inspect_container(container_id)
    except docker.errors.NotFound:
        return False
    return True


def _until(done: Callable[[], bool], what: str) -> None:
    """Poll until `done()`; fail after WAIT_S."""
    give_up = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > give_up:
            pytest.fail(f"still not {what} after {WAIT_S:.0f} s")
        time.sleep(0.5)


def _volumes_of(container_id: str) -> list[str]:
    mounts = _api().inspect_container(container_id)["Mounts"]
    return [m["Name"] for m in mounts if m["Type"] == "volume"]


def _volume_exists(name: str) -> bool:
    return any(v["Name"] == name for v in _api().volumes().get("Volumes") or [])


# The owner: one sandbox runs a command that disabled its own time limit (only the host
# watchdog, which dies with this process, would end it), another sits idle.
OWNER = """
import sys, threading, time
from sandbox import SandboxConfig, open_sandbox
config = SandboxConfig(memory="128m", pids=64, lifetime_s=float(sys.argv[2]),
                       watchdog_grace_s=1.0, volumes={"/workspace": "8m", "/tmp": "8m"})
sabotage = "gp=$(ps -o ppid= -p $PPID); kill -STOP $gp; kill -9 $PPID; exec sleep 1000"
with open_sandbox(config, image=sys.argv[1], run_id="pytest-expiry") as busy, \\
        open_sandbox(config, image=sys.argv[1], run_id="pytest-expiry") as idle:
    threading.Thread(target=busy.exec, args=(["sh", "-c", sabotage],),
                     kwargs={"timeout": 2.0}, daemon=True).start()
    print(busy.id, idle.id, flush=True)
    time.sleep(600)
"""


@pytest.mark.docker
def test_sandboxes_of_a_sigkilled_owner_remove_themselves_at_their_deadline(
        sandbox_image: str) -> None:
    owner = subprocess.Popen([sys.executable, "-c", OWNER, sandbox_image, "10"],
                             stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    busy, idle = owner.stdout.readline().split()
    _until(lambda: "sleep 1000" in str(_api().top(busy)["Processes"]), "running the command")
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    assert set(_owned_by(owner.pid)) == {busy, idle}  # left behind, both still there
    for container in (busy, idle):  # (a concurrent `dgm sandbox gc` may remove them too)
        facts = _api().inspect_container(container)
        assert facts["HostConfig"]["AutoRemove"] and facts["Config"]["Cmd"][0] == "sleep"
        assert int(facts["Config"]["Cmd"][1]) <= 11
    volumes = _volumes_of(busy) + _volumes_of(idle)
    _until(lambda: not _owned_by(owner.pid), "removed")
    assert volumes and not any(map(_volume_exists, volumes))


@pytest.mark.docker
def test_an_idle_sandbox_past_its_deadline_is_a_clear_error(sandbox_image: str,
                                                            small: SandboxConfig,
                                                            tmp_path: Path) -> None:
    small.lifetime_s = 2.0
    with open_sandbox(small, image=sandbox_image, run_id="pytest-expiry") as sb:
        _until(lambda: not _exists(sb.id), "removed")
        with pytest.raises(SandboxError, match="lifetime of 2 s is over"):
            sb.exec(["true"], timeout=1)
        with pytest.raises(SandboxError, match="raise lifetime_s"):
            sb.get("/workspace", tmp_path)
        with pytest.raises(SandboxError, match="lifetime"):
            sb.put(tmp_path, "/workspace")
    # leaving the block removed nothing and raised nothing: the daemon had removed it


@pytest.mark.docker
def test_a_command_that_would_outlast_the_sandbox_is_refused(sandbox_image: str,
                                                             small: SandboxConfig) -> None:
    small.lifetime_s = 60.0
    with open_sandbox(small, image=sandbox_image, run_id="pytest-expiry") as sb:
        with pytest.raises(SandboxError, match=r"limited to 58 s would outlast .*lifetime_s"):
            sb.exec(["true"], timeout=58)
        assert sb.exec(["true"], timeout=20).ok  # 20 s plus twice the 3 s grace fits


@pytest.mark.docker
def test_a_sandbox_killed_under_a_command_ends_the_command_and_then_errors(
        box: Sandbox) -> None:
    threading.Timer(1.0, _api().kill, (box.id,)).start()
    try:
        result = box.exec(["sleep", "30"], timeout=25)
    except SandboxError as exc:
        assert "removed from outside" in str(exc)
    else:
        assert not result.ok and not result.timed_out  # the exec ended with its container
    _until(lambda: not _exists(box.id), "removed")
    with pytest.raises(SandboxError):
        box.exec(["true"], timeout=5)


def test_the_keepalive_sleeps_until_the_expiry_label() -> None:
    labels = lbl.sandbox_labels("r", 120)
    command = keepalive(labels)
    assert command[0] == "sleep" and 118 <= int(command[1]) <= 121
    assert keepalive(lbl.sandbox_labels("r", 1)) == ["sleep", "1"]


# Deterministic paths, with a fake of the few docker API calls a command makes.

class _FakeApi:
    """exec_* of one command; `during` runs while it does; None status: its records are gone."""

    def __init__(self, status: int | None, during: Callable[[], None] = lambda: None) -> None:
        self.status = status
        self.during = during
        self.calls: list[str] = []

    def exec_create(self, container: str, cmd: list[str], **_: object) -> dict[str, str]:
        self.calls.append("exec_create")
        return {"Id": "exec-1"}

    def exec_start(self, exec_id: str, stream: bool = False,
                   demux: bool = False) -> Iterator[tuple[bytes, None]] | bytes:
        if not stream:
            return b""  # the after-failure probe: no OOM counter
        return self._frames()

    def _frames(self) -> Iterator[tuple[bytes, None]]:
        yield b"partial\n", None
        self.during()

    def exec_inspect(self, exec_id: str) -> dict[str, int | None]:
        if self.status is None:
            raise docker.errors.NotFound("No such exec instance")
        return {"ExitCode": self.status}

    def kill(self, container: str) -> None:
        self.calls.append("kill")


class _FakeClient:
    def __init__(self, api: _FakeApi) -> None:
        self.api = api


def _fake_sandbox(api: _FakeApi, grace: float = 10.0) -> Sandbox:
    config = SandboxConfig(lifetime_s=3600, watchdog_grace_s=grace)
    return Sandbox(_FakeClient(api), "c" * 64, config, [],  # type: ignore[arg-type]
                   time.time() + 3600)


def test_a_lifetime_ending_during_a_command_is_an_error_and_the_sandbox_is_gone() -> None:
    api = _FakeApi(status=137)
    sb = _fake_sandbox(api)
    api.during = lambda: setattr(sb, "ends_at", time.time())  # the clock passed the deadline
    with pytest.raises(SandboxError, match="lifetime of 3600 s ended during a command"):
        sb.exec(["sleep", "30"], timeout=20)
    with pytest.raises(SandboxError, match="is gone: its lifetime"):
        sb.exec(["true"], timeout=1)
    assert api.calls == ["exec_create"]  # the second command never reached the daemon


def test_a_watchdog_kill_is_the_commands_result_and_later_calls_are_errors(
        tmp_path: Path) -> None:
    release = threading.Event()
    api = _FakeApi(status=None, during=lambda: release.wait(5))
    sb = _fake_sandbox(api, grace=0.05)
    api.kill = lambda container: (api.calls.append("kill"), release.set())  # type: ignore
    result = sb.exec(["sh", "-c", "ignore the limit"], timeout=0.05)
    assert result.timed_out and result.exit_code is None and "killed the container" in \
        result.stderr
    assert "kill" in api.calls
    for later in (lambda: sb.exec(["true"], timeout=1), lambda: sb.get("/out", tmp_path),
                  lambda: sb.put(tmp_path, "/out")):
        with pytest.raises(SandboxError, match="watchdog killed it"):
            later()


def test_a_container_removed_under_a_command_is_an_error() -> None:
    sb = _fake_sandbox(_FakeApi(status=None))
    with pytest.raises(SandboxError, match="removed from outside during a command"):
        sb.exec(["true"], timeout=5)
