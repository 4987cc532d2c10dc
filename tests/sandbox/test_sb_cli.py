"""`dgm sandbox ...` from the outside: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ground.processes import process_start
from ground.socketdirs import PREFIX, SOCKET_NAME, host_tag

RESULT_KEYS = ["exit_code", "timed_out", "oom_killed", "stdout", "stderr", "truncated",
               "duration_s"]


def dgm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", "sandbox", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


NO_DAEMON = {"DOCKER_HOST": "unix:///nonexistent/docker.sock"}


@pytest.mark.parametrize("args", [["run", "--", "true"], ["gc"], ["doctor"], ["build"]])
def test_no_daemon_is_one_line_and_exit_2(args: list[str]) -> None:
    result = dgm(*args, env=NO_DAEMON)
    assert result.returncode == 2
    assert result.stderr.startswith("dgm: error: cannot reach the Docker daemon")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["run", "--mount", "/a:/b:rx", "--", "true"],
                                  ["run", "--timeout", "0", "--", "true"],
                                  ["run", "--memory", "lots", "--", "true"],
                                  ["run"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = dgm(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.mark.docker
def test_run_json_reports_the_command_and_exits_0(sandbox_image: str) -> None:
    result = dgm("run", "--json", "--timeout", "20", "--", "sh", "-c", "echo hi; exit 3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == RESULT_KEYS
    assert (data["exit_code"], data["stdout"], data["timed_out"]) == (3, "hi\n", False)


@pytest.mark.docker
def test_run_applies_limits_mounts_and_workdir(sandbox_image: str, tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("from host")
    tmp_path.chmod(0o755)
    script = "cat /data/in.txt; echo; cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/pids.max" \
             " 2>/dev/null; pwd; touch /data/x"
    result = dgm("run", "--json", "--pids", "32", "--memory", "300m", "--cpus", "0.5",
                 "--mount", f"{tmp_path}:/data", "--workdir", "/tmp", "--", "sh", "-c", script)
    data = json.loads(result.stdout)
    assert data["stdout"].split("\n")[:3] == ["from host", "32", "/tmp"]
    assert data["exit_code"] == 1 and "Read-only file system" in data["stderr"]


@pytest.mark.docker
def test_run_without_json_passes_output_through(sandbox_image: str) -> None:
    result = dgm("run", "--timeout", "1", "--", "sh", "-c", "echo partial; sleep 30")
    assert result.returncode == 0
    assert result.stdout == "partial\n" and "[sandbox: timed out" in result.stderr


@pytest.mark.docker
def test_doctor_json_finds_every_hardening_in_force(sandbox_image: str) -> None:
    result = dgm("doctor", "--json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] and report["image"] == sandbox_image
    names = {c["name"] for c in report["checks"] if c["ok"]}
    assert {"daemon", "image", "non-root user", "no capabilities", "no-new-privileges",
            "read-only root", "network: loopback only", "pids limit", "memory limit",
            "no docker socket", "no host environment"} <= names


@pytest.mark.docker
def test_gc_json_reports_what_it_did(sandbox_image: str, tmp_path: Path) -> None:
    result = dgm("gc", "--json", env={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert {"containers_removed", "volumes_removed", "containers_kept",
            "socket_dirs_removed"} <= set(report)


def _gateway_folder(tmp: Path, pid: int) -> Path:
    """A gateway socket folder as process `pid` of this host would have made it."""
    folder = tmp / f"{PREFIX}{host_tag()}-{pid}-{process_start(pid)}-abcd1234"
    folder.mkdir()
    (folder / SOCKET_NAME).write_text("")
    return folder


@pytest.mark.docker
def test_gc_removes_gateway_folders_of_dead_processes_only(sandbox_image: str,
                                                           tmp_path: Path) -> None:
    owner = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    dead = _gateway_folder(tmp_path, owner.pid)
    owner.communicate(b"")
    live = _gateway_folder(tmp_path, os.getpid())
    result = dgm("gc", "--json", env={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["socket_dirs_removed"] == [str(dead)]
    assert not dead.exists() and live.is_dir()
    again = dgm("gc", env={"TMPDIR": str(tmp_path)})
    assert "and 0 gateway socket folder(s)" in again.stdout and live.is_dir()


@pytest.mark.docker
def test_build_prints_the_present_tag_without_rebuilding(sandbox_image: str) -> None:
    result = dgm("build")
    assert result.returncode == 0 and result.stdout.strip() == sandbox_image
    assert "Step" not in result.stderr
