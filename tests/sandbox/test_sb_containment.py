"""Hostile programs in real sandboxes: each is contained, reported as data, and harmless to
the host and to other sandboxes. Network checks look only from inside (no traffic leaves)."""

from __future__ import annotations

import os
import signal
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sb_helpers import leftover_processes, sh

from sandbox import ExecResult, Mount, Sandbox, SandboxConfig, SandboxError, open_sandbox
from sandbox.gc import collect_garbage

pytestmark = pytest.mark.docker


def run_beside(neighbour: Sandbox, hostile: Sandbox, cmd: list[str], timeout: float,
               ) -> tuple[ExecResult, ExecResult]:
    """Run `cmd` in `hostile` while the neighbour runs a small job; return both results."""
    results: dict[str, ExecResult] = {}
    worker = threading.Thread(target=lambda: results.update(
        hostile=hostile.exec(cmd, timeout=timeout)))
    worker.start()
    results["neighbour"] = neighbour.exec(
        ["python", "-c", "import time; time.sleep(1); print(sum(range(1000)))"], timeout=60)
    worker.join()
    return results["hostile"], results["neighbour"]


@pytest.fixture
def neighbour(sandbox_image: str, small: SandboxConfig) -> Iterator[Sandbox]:
    """A second sandbox, to show that one sandbox's misbehaviour does not reach another."""
    with open_sandbox(small, image=sandbox_image, run_id="pytest-neighbour") as sb:
        yield sb


def test_fork_bomb_is_contained(box: Sandbox, neighbour: Sandbox) -> None:
    bomb = ["bash", "-c", "b() { b | b & }; b; sleep 60"]
    hostile, other = run_beside(neighbour, box, bomb, timeout=4)
    assert hostile.timed_out and hostile.exit_code is None
    assert other.ok and other.stdout.strip() == "499500"
    assert leftover_processes(box) == []
    assert sh(box, "echo still usable").strip() == "still usable"


def test_fork_bomb_whose_parent_exits_leaves_nothing(box: Sandbox) -> None:
    result = box.exec(["bash", "-c", "b() { b | b & }; b"], timeout=10)
    assert not result.timed_out
    assert leftover_processes(box) == []


def test_memory_hog_is_oom_killed_and_reported(box: Sandbox, neighbour: Sandbox) -> None:
    hog = ["python", "-c", "chunks = []\nwhile True: chunks.append(bytearray(16 * 2**20))"]
    hostile, other = run_beside(neighbour, box, hog, timeout=60)
    assert hostile.oom_killed and hostile.exit_code == 137 and not hostile.timed_out
    assert other.ok
    again = box.exec(["python", "-c", "print('fine')"], timeout=30)
    assert again.ok and not again.oom_killed


def test_infinite_loop_is_killed_at_the_limit(box: Sandbox, small: SandboxConfig) -> None:
    result = box.exec(["python", "-c", "while True: pass"], timeout=2)
    assert result.timed_out and result.exit_code is None and not result.oom_killed
    assert 2 <= result.duration_s < 2 + small.watchdog_grace_s
    assert leftover_processes(box) == []


def test_daemons_do_not_outlive_the_limit(box: Sandbox) -> None:
    script = ("setsid sleep 1000 & nohup sleep 1001 >/dev/null 2>&1 & "
              "python -c 'import os, time; os.fork() and os._exit(0); os.setsid(); "
              "time.sleep(1002)' & sleep 1003")
    result = box.exec(["sh", "-c", script], timeout=2)
    assert result.timed_out
    assert leftover_processes(box) == []


def test_daemons_do_not_outlive_a_command_that_exits(box: Sandbox) -> None:
    result = box.exec(["sh", "-c", "setsid sleep 1000 & nohup sleep 1001 & exit 0"], timeout=10)
    assert result.ok
    assert leftover_processes(box) == []


def test_output_flood_is_capped(box: Sandbox, small: SandboxConfig) -> None:
    flood = "head -c 50000000 /dev/zero | tr '\\0' x; head -c 20000000 /dev/zero >&2; echo END"
    result = box.exec(["sh", "-c", flood], timeout=60)
    assert result.ok and result.truncated
    assert len(result.stdout) < small.max_output_bytes + 100
    assert len(result.stderr) < small.max_output_bytes + 100
    assert result.stdout.startswith("xxx") and result.stdout.endswith("END\n")


def test_filling_the_disk_is_bounded(box: Sandbox) -> None:
    for target, limit_mib in (("/workspace", 32), ("/tmp", 16), ("/out", 8)):
        result = box.exec(["sh", "-c", f"for i in 1 2 3 4 5 6 7 8 9; do "
                           f"head -c 10000000 /dev/zero > {target}/fill$i || exit 1; done"],
                          timeout=60)
        assert result.exit_code == 1 and "No space left on device" in result.stderr
        used = int(sh(box, f"du -sk {target} | cut -f1"))
        assert used <= limit_mib * 1024
        sh(box, f"rm -f {target}/fill*")


def test_one_file_cannot_exceed_the_file_size_limit(box: Sandbox) -> None:
    result = box.exec(["sh", "-c", "head -c 30000000 /dev/zero > /workspace/big"], timeout=60)
    assert result.exit_code != 0
    assert int(sh(box, "stat -c %s /workspace/big")) <= 24 * 2**20


@pytest.mark.parametrize("path", ["/etc/passwd", "/usr/bin/evil", "/evil", "/opt/venv/evil",
                                  "/home/evil", "/var/evil", "/root/evil"])
def test_writing_outside_the_writable_dirs_fails(box: Sandbox, path: str) -> None:
    result = box.exec(["sh", "-c", f"echo pwned >> {path}"], timeout=10)
    assert result.exit_code != 0
    assert "Read-only file system" in result.stderr or "Permission denied" in result.stderr
    assert sh(box, "echo ok > /workspace/f && echo ok > /out/f && echo ok > /tmp/f && echo y")


def test_host_files_and_environment_stay_outside(box: Sandbox, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 sandbox_image: str, small: SandboxConfig,
                                                 ) -> None:
    secret = "host-secret-7f3a9"
    (tmp_path / "secret.txt").write_text(secret)
    monkeypatch.setenv("DGM_TEST_CANARY", secret)
    monkeypatch.setenv("ANTHROPIC_API_KEY", secret)
    with open_sandbox(small, image=sandbox_image, run_id="pytest") as sb:
        env = sh(sb, "env; cat /proc/1/environ /proc/self/environ | tr '\\0' '\\n'")
        assert secret not in env and "DGM_TEST_CANARY" not in env
        found = sb.exec(["sh", "-c", f"grep -rs {secret} /etc /home /root /opt /workspace /out "
                         f"/tmp /var /run; test -e {tmp_path}/secret.txt"], timeout=60)
        assert found.exit_code != 0 and found.stdout == ""
    assert secret not in box.exec(["env"], timeout=10).stdout


def test_a_mount_is_read_only_unless_stated(sandbox_image: str, small: SandboxConfig,
                                            tmp_path: Path) -> None:
    (tmp_path / "data.txt").write_text("visible")
    tmp_path.chmod(0o755)  # the sandbox user must be able to enter it
    mounts = [Mount(tmp_path, "/data")]
    with open_sandbox(small, image=sandbox_image, mounts=mounts, run_id="pytest") as sb:
        assert sh(sb, "cat /data/data.txt") == "visible"
        result = sb.exec(["sh", "-c", "echo x > /data/new.txt"], timeout=10)
        assert result.exit_code != 0 and "Read-only file system" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.txt"]


def test_there_is_no_docker_socket_anywhere(box: Sandbox) -> None:
    sockets = sh(box, "find / \\( -path /proc -o -path /sys \\) -prune -o -type s -print "
                      "2>/dev/null; true")
    assert sockets.strip() == ""
    assert sh(box, "ls -a /run /var/run").count("docker") == 0
    with pytest.raises(SandboxError, match="Docker socket"):
        Mount(Path("/"), "/host").checked()


def test_no_capabilities_and_no_new_privileges(box: Sandbox) -> None:
    status = sh(box, "grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs)' /proc/self/status")
    fields = dict(line.split(":\t") for line in status.splitlines())
    assert fields == {"CapEff": "0000000000000000", "CapPrm": "0000000000000000",
                      "CapBnd": "0000000000000000", "NoNewPrivs": "1"}
    assert sh(box, "id -u; id -g").split() == ["1000", "1000"]
    assert sh(box, "find / -xdev -perm /6000 -type f 2>/dev/null; true").strip() == ""


@pytest.mark.parametrize("trick", [
    "mount -t tmpfs none /tmp",
    "chown 1000 /etc/passwd",
    "touch /workspace/f && chown 0:0 /workspace/f",
    "unshare -r id",
    "chroot / true",
    "python -c 'import os; os.setuid(0)'",
    "su -c id",
    "kill -9 1",
])
def test_privilege_tricks_fail(box: Sandbox, trick: str) -> None:
    assert box.exec(["sh", "-c", trick], timeout=10).exit_code != 0
    assert sh(box, "cat /proc/1/comm").strip() == "docker-init"


@pytest.mark.skipif(os.geteuid() != 0, reason="making a root-owned setuid file needs root")
def test_a_setuid_root_program_does_not_elevate(box: Sandbox, sandbox_image: str,
                                                small: SandboxConfig, tmp_path: Path) -> None:
    assert box.get("/usr/bin/id", tmp_path)  # the image's own binary, so it runs there
    program = tmp_path / "id"
    os.chown(program, 0, 0)
    os.chmod(program, 0o4755)
    tmp_path.chmod(0o755)
    with open_sandbox(small, image=sandbox_image, mounts=[Mount(tmp_path, "/probe")],
                      run_id="pytest") as sb:
        assert sh(sb, "stat -c '%u %A' /probe/id").split() == ["0", "-rwsr-xr-x"]
        assert sh(sb, "/probe/id -u").strip() == "1000"


def test_network_is_loopback_only(box: Sandbox) -> None:
    assert sh(box, "ls /sys/class/net").split() == ["lo"]
    lookup = box.exec(["getent", "hosts", "deb.debian.org"], timeout=30)
    assert lookup.exit_code != 0 and lookup.stdout == ""
    route = sh(box, "cat /proc/net/route")
    assert len(route.splitlines()) <= 1  # the header only: no route anywhere


class _Echo(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.wfile.write(b"hello " + self.rfile.readline())


def test_a_host_unix_socket_is_reachable_through_a_read_only_mount(
        sandbox_image: str, small: SandboxConfig, tmp_path: Path) -> None:
    sock_dir = tmp_path / "gw"
    sock_dir.mkdir(mode=0o755)
    sock_dir.chmod(0o755)
    tmp_path.chmod(0o755)
    server = socketserver.ThreadingUnixStreamServer(str(sock_dir / "gateway.sock"), _Echo)
    os.chmod(sock_dir / "gateway.sock", 0o666)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = ("import socket; s = socket.socket(socket.AF_UNIX); s.connect('/dgm/gateway.sock');"
              "s.sendall(b'sandbox\\n'); print(s.recv(100).decode().strip())")
    try:
        with open_sandbox(small, image=sandbox_image, mounts=[Mount(sock_dir, "/dgm")],
                          run_id="pytest") as sb:
            assert sh(sb, "id -u").strip() == "1000"
            assert sh(sb, f'python -c "{client}"').strip() == "hello sandbox"
    finally:
        server.shutdown()
        server.server_close()


OWNER = """
import sys, time
from sandbox import SandboxConfig, open_sandbox
with open_sandbox(SandboxConfig(memory="128m"), image=sys.argv[1], run_id="pytest-sigkill") as sb:
    print(sb.id, flush=True)
    time.sleep(600)
"""


def test_gc_reaps_the_sandbox_of_an_owner_killed_with_sigkill(sandbox_image: str) -> None:
    import docker

    owner = subprocess.Popen([sys.executable, "-c", OWNER, sandbox_image],
                             stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    container_id = owner.stdout.readline().strip()
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    api = docker.from_env().api
    assert api.inspect_container(container_id)["State"]["Running"]  # left behind
    volumes = [m["Name"] for m in api.inspect_container(container_id)["Mounts"]
               if m["Type"] == "volume"]
    report = collect_garbage()
    assert container_id[:12] in report.containers_removed
    with pytest.raises(docker.errors.NotFound):
        api.inspect_container(container_id)
    remaining = {v["Name"] for v in api.volumes().get("Volumes") or []}
    assert volumes and not remaining & set(volumes)

