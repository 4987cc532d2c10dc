"""The sandbox API on real containers: copying, commands, limits, labels, cleanup on every path."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import docker
import pytest
from sb_helpers import leftover_processes, sh

from sandbox import Sandbox, SandboxConfig, SandboxError, collect_garbage, open_sandbox, run_once
from sandbox import labels as lbl

pytestmark = pytest.mark.docker


def _api() -> docker.APIClient:
    return docker.from_env().api


def _gone(container_id: str) -> bool:
    try:
        _api().inspect_container(container_id)
    except docker.errors.NotFound:
        return True
    return False


def _volumes_of(container_id: str) -> list[str]:
    mounts = _api().inspect_container(container_id)["Mounts"]
    return [m["Name"] for m in mounts if m["Type"] == "volume"]


def _volume_exists(name: str) -> bool:
    return any(v["Name"] == name for v in _api().volumes().get("Volumes") or [])


def test_put_copies_a_dirs_contents_and_get_copies_a_path_by_name(box: Sandbox,
                                                                 tmp_path: Path) -> None:
    src = tmp_path / "repo"
    (src / "pkg").mkdir(parents=True)
    (src / "pkg" / "mod.py").write_text("VALUE = 1\n")
    (src / "README").write_text("hi\n")
    box.put(src, "/workspace")
    box.put(src / "README", "/out/deep/er")
    assert sh(box, "cat /workspace/pkg/mod.py /out/deep/er/README") == "VALUE = 1\nhi\n"
    assert sh(box, "stat -c %u /workspace/pkg/mod.py /out/deep").split() == ["1000", "1000"]
    sh(box, "echo changed > /workspace/pkg/mod.py && echo log > /out/agent.log "
            "&& echo t > /tmp/t.txt")
    dest = tmp_path / "back"
    assert box.get("/workspace", dest) and box.get("/out/agent.log", dest)
    assert box.get("/tmp/t.txt", dest)
    assert (dest / "workspace" / "pkg" / "mod.py").read_text() == "changed\n"
    assert (dest / "agent.log").read_text() == "log\n" and (dest / "t.txt").exists()


def test_get_of_a_missing_path_copies_nothing(box: Sandbox, tmp_path: Path) -> None:
    assert box.get("/out/never-written.log", tmp_path) is False
    assert list(tmp_path.iterdir()) == []


def test_put_refuses_read_only_places(box: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(SandboxError, match="not writable"):
        box.put(tmp_path / "f", "/etc")
    with pytest.raises(SandboxError, match="does not exist"):
        box.put(tmp_path / "missing", "/workspace")


def test_exec_gets_only_the_env_and_workdir_it_is_given(box: Sandbox) -> None:
    sh(box, "mkdir -p /workspace/sub")
    result = box.exec(["sh", "-c", "pwd; echo $GREETING; echo $HOME"], timeout=10,
                      workdir="/workspace/sub", env={"GREETING": "hi there"})
    assert result.ok and result.stdout.split("\n")[:3] == ["/workspace/sub", "hi there", "/tmp"]


def test_exit_status_and_streams_are_reported(box: Sandbox) -> None:
    result = box.exec(["sh", "-c", "echo out; echo err >&2; exit 7"], timeout=10)
    assert (result.exit_code, result.stdout, result.stderr) == (7, "out\n", "err\n")
    assert not (result.timed_out or result.oom_killed or result.truncated or result.ok)


def test_a_missing_workdir_or_program_is_data_not_an_exception(box: Sandbox) -> None:
    assert box.exec(["true"], timeout=10, workdir="/nowhere").exit_code not in (0, None)
    assert box.exec(["no-such-program"], timeout=10).exit_code == 127


def test_git_and_pytest_work_in_the_workspace(box: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "test_it.py").write_text("def test_one():\n    assert 1 + 1 == 2\n")
    box.put(tmp_path, "/workspace")
    sh(box, "git init -q && git add -A && git commit -qm base")
    result = box.exec(["python", "-m", "pytest", "-q"], timeout=60, workdir="/workspace")
    assert result.ok and "1 passed" in result.stdout
    assert sh(box, "git status --porcelain") == ""  # no __pycache__ or other droppings


def test_the_sandbox_stays_usable_after_a_time_out(box: Sandbox) -> None:
    sh(box, "echo kept > /workspace/note")
    assert box.exec(["sleep", "30"], timeout=1).timed_out
    assert sh(box, "cat /workspace/note") == "kept\n"


def test_finished_commands_and_copies_hold_no_open_files(box: Sandbox, tmp_path: Path) -> None:
    """Each exec's stream socket is closed when it ends, not when the garbage collector comes:
    with the collector off, many commands and copies leave the process's fd count flat (the
    client's connection pool, up to its size, aside)."""
    (tmp_path / "f.txt").write_text("x")

    def rounds(n: int) -> None:
        for i in range(n):
            box.exec(["true"], timeout=10)
            box.put(tmp_path / "f.txt", "/tmp/probe")
            box.get("/tmp/probe", tmp_path / f"out{i}")

    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    gc.collect()
    gc.disable()
    try:
        rounds(12)  # the connection pool fills to its size
        before = open_fds()
        rounds(30)
        after = open_fds()
    finally:
        gc.enable()
    assert after - before <= 2, f"{after - before} fds more after 30 commands and copies"


def test_a_command_that_kills_its_own_wrapper_leaves_nothing_behind(box: Sandbox) -> None:
    sabotage = "gp=$(ps -o ppid= -p $PPID); kill -9 $PPID $gp; exec sleep 1000"
    result = box.exec(["sh", "-c", sabotage], timeout=1)
    assert result.exit_code in (None, 137)
    assert leftover_processes(box) == []


def test_the_host_watchdog_ends_a_command_that_disabled_its_time_limit(
        box: Sandbox, small: SandboxConfig) -> None:
    sh(box, "echo kept > /workspace/note")
    sabotage = "gp=$(ps -o ppid= -p $PPID); kill -STOP $gp; kill -9 $PPID; exec sleep 1000"
    result = box.exec(["sh", "-c", sabotage], timeout=1)
    assert result.timed_out and result.exit_code is None
    assert "watchdog ended the command's processes" in result.stderr
    assert result.duration_s < 1 + 2 * small.watchdog_grace_s
    assert sh(box, "cat /workspace/note") == "kept\n"  # the container and its files stay
    assert leftover_processes(box) == []


def test_container_and_volumes_carry_the_labels(sandbox_image: str, small: SandboxConfig,
                                                ) -> None:
    with open_sandbox(small, image=sandbox_image, run_id="run-42",
                      labels={"dgm.role": "grader"}) as sb:
        container = _api().inspect_container(sb.id)
        volumes = [_api().inspect_volume(v) for v in _volumes_of(sb.id)]
    found = container["Config"]["Labels"]
    assert found[lbl.PROJECT] == "dgm" and found[lbl.RUN_ID] == "run-42"
    assert found["dgm.role"] == "grader" and lbl.EXPIRES in found and lbl.OWNER_PID in found
    assert len(volumes) == 3
    assert all(v["Labels"][lbl.RUN_ID] == "run-42" for v in volumes)
    assert all(v["Options"]["type"] == "tmpfs" for v in volumes)


def test_hardening_is_in_the_container_config(box: Sandbox) -> None:
    host = _api().inspect_container(box.id)["HostConfig"]
    assert host["NetworkMode"] == "none" and host["CapDrop"] == ["ALL"]
    assert host["ReadonlyRootfs"] and host["Init"] and not host["Privileged"]
    assert host["SecurityOpt"] == ["no-new-privileges:true"]
    assert host["Memory"] == host["MemorySwap"] == 256 * 2**20
    assert host["PidsLimit"] == 64 and host["NanoCpus"] == 10**9
    assert host["Binds"] in (None, []) and host["LogConfig"]["Type"] == "none"


def test_removed_with_its_volumes_after_normal_exit(sandbox_image: str,
                                                   small: SandboxConfig) -> None:
    with open_sandbox(small, image=sandbox_image, run_id="pytest") as sb:
        container_id, volumes = sb.id, _volumes_of(sb.id)
    assert _gone(container_id) and not any(map(_volume_exists, volumes))


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_removed_when_the_block_raises(sandbox_image: str, small: SandboxConfig,
                                       error: type[BaseException]) -> None:
    seen: list[str] = []
    with pytest.raises(error):
        with open_sandbox(small, image=sandbox_image, run_id="pytest") as sb:
            seen.append(sb.id)
            seen.extend(_volumes_of(sb.id))
            raise error()
    assert _gone(seen[0]) and not any(map(_volume_exists, seen[1:]))


def test_a_missing_image_is_an_error_not_a_pull(small: SandboxConfig) -> None:
    with pytest.raises(SandboxError, match="run `dgm sandbox build`"):
        with open_sandbox(small, image="dgm-sandbox:never-built"):
            pass
    with pytest.raises(docker.errors.ImageNotFound):
        _api().inspect_image("dgm-sandbox:never-built")


def test_gc_leaves_a_live_sandbox_alone(box: Sandbox) -> None:
    report = collect_garbage()
    assert box.id[:12] not in report.containers_removed
    assert sh(box, "echo alive") == "alive\n"


def test_gc_removes_an_expired_sandbox(sandbox_image: str) -> None:
    with open_sandbox(SandboxConfig(lifetime_s=60), image=sandbox_image,
                      run_id="pytest-expired") as sb:
        report = collect_garbage(now=sb.ends_at + 5, run_id="pytest-expired")
        assert sb.id[:12] in report.containers_removed and _gone(sb.id)


def test_run_once_runs_the_command_as_the_containers_process(sandbox_image: str,
                                                             small: SandboxConfig) -> None:
    result = run_once(["sh", "-c", "echo $X; id -u; exit 3"], timeout=10, config=small,
                      image=sandbox_image, env={"X": "given"})
    assert (result.exit_code, result.stdout) == (3, "given\n1000\n")
    slow = run_once(["sleep", "30"], timeout=1, config=small, image=sandbox_image)
    assert slow.timed_out and slow.exit_code is None
    hog = run_once(["python", "-c", "b = bytearray(1 << 30)"], timeout=30, config=small,
                   image=sandbox_image)
    assert hog.oom_killed and hog.exit_code == 137



# Run in a fresh interpreter: whether a signal interrupts the main thread's blocked read
# depends on the process (its threads, its handlers), and the suite's process has run Ray,
# subprocess drivers and many threads before this test. The script sets Python's own Ctrl-C
# handler: a process started in the background by a shell without job control inherits
# SIGINT ignored, Python then installs no handler, and the command ran to its end.
CTRL_C_SCRIPT = """
import signal, sys, threading
signal.signal(signal.SIGINT, signal.default_int_handler)
from sandbox import SandboxConfig, open_sandbox
config = SandboxConfig(memory="256m", pids=64, file_size="24m", max_output_bytes=64_000,
                       volumes={"/workspace": "32m", "/out": "8m", "/tmp": "16m"})
main = threading.main_thread().ident
try:
    with open_sandbox(config, image=sys.argv[1], run_id="pytest") as sb:
        print(sb.id, flush=True)
        threading.Timer(1.0, signal.pthread_kill, (main, signal.SIGINT)).start()
        sb.exec(["sleep", "30"], timeout=60)
except KeyboardInterrupt:
    sys.exit(0)
sys.exit(3)
"""


def test_removed_when_ctrl_c_arrives_during_a_command(sandbox_image: str) -> None:
    done = subprocess.run([sys.executable, "-c", CTRL_C_SCRIPT, sandbox_image],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]  # 3: the command ran to its end
    assert _gone(done.stdout.split()[0])


def test_gc_removes_a_volume_left_by_a_dead_owner(sandbox_image: str) -> None:
    labels = lbl.sandbox_labels("pytest-volume", 3600) | {lbl.OWNER_PID: "999999999"}
    name = _api().create_volume(driver="local", labels=labels)["Name"]
    report = collect_garbage()
    assert name[:12] in report.volumes_removed and not _volume_exists(name)
