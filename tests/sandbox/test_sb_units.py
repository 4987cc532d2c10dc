"""The sandbox's pure parts: config, records, output caps, labels, tars, the watchdog."""

from __future__ import annotations

import io
import os
import socket
import tarfile
import threading
import time
from pathlib import Path, PurePosixPath

import pytest

from ground.errors import ConfigError
from ground.errors import SandboxError as DgmSandboxError
from sandbox import ExecResult, Mount, SandboxConfig, SandboxError, execution, labels, transfer
from sandbox.config import parse_size
from sandbox.gc import is_leftover
from sandbox.result import CappedBuffer


def test_sandbox_error_is_the_dgm_one() -> None:
    assert issubclass(SandboxError, DgmSandboxError)
    assert SandboxError("x", "y").exit_code == 2


@pytest.mark.parametrize(("text", "size"), [
    ("512m", 512 * 2**20), ("2g", 2 * 2**30), ("1.5GiB", int(1.5 * 2**30)), ("100", 100),
    (4096, 4096), ("64 MB", 64 * 2**20), ("3k", 3072),
])
def test_parse_size(text: str | int, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["", "lots", "12x", "-1m", True])
def test_parse_size_rejects_nonsense(bad: object) -> None:
    with pytest.raises(SandboxError):
        parse_size(bad)  # type: ignore[arg-type]


def test_defaults_are_hardened() -> None:
    config = SandboxConfig()
    assert config.network == "none" and config.user.split(":")[0] != "0"
    assert config.read_only_root and config.no_new_privileges and config.init
    assert config.cap_add == [] and not config.core_dumps
    assert set(config.volumes) == {"/workspace", "/out", "/tmp"}


def test_config_from_toml_table_and_back() -> None:
    table = {"memory": "512m", "cpus": 2, "pids": 64, "volumes": {"/workspace": "64m"}}
    config = SandboxConfig.from_dict(table)
    assert (config.memory, config.cpus, config.pids) == ("512m", 2.0, 64)
    assert SandboxConfig.from_dict(config.to_dict()) == config


@pytest.mark.parametrize(("table", "message"), [
    ({"memroy": "1g"}, "unknown key 'sandbox.memroy'"),
    ({"pids": "many"}, "'sandbox.pids' must be an integer"),
])
def test_config_names_the_bad_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        SandboxConfig.from_dict(table)


@pytest.mark.parametrize("table", [{"memory": "lots"}, {"cpus": 0}, {"image_source": "ftp"},
                                   {"volumes": {"relative": "1m"}}])
def test_config_rejects_values_that_cannot_work(table: dict[str, object]) -> None:
    with pytest.raises(SandboxError):
        SandboxConfig.from_dict(table)


def test_mount_spec_is_read_only_unless_stated() -> None:
    assert Mount.parse("/a:/b") == Mount(Path("/a"), "/b", read_only=True)
    assert Mount.parse("/a:/b:rw") == Mount(Path("/a"), "/b", read_only=False)
    for bad in ("/a", "/a:/b:rx", ":/b", "/a:/b:ro:x"):
        with pytest.raises(SandboxError):
            Mount.parse(bad)


def test_mount_refuses_missing_paths_and_relative_targets(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="does not exist"):
        Mount(tmp_path / "nope", "/x").checked()
    with pytest.raises(SandboxError, match="bad container path"):
        Mount(tmp_path, "x").checked()
    assert Mount(tmp_path, "/x").checked().host == tmp_path.resolve()


def test_mount_refuses_the_docker_socket_and_dirs_holding_it(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="Docker socket"):
        Mount(Path("/"), "/host").checked()
    fake = tmp_path / "docker.sock"
    fake.touch()
    with pytest.raises(SandboxError, match="Docker socket"):
        Mount(fake, "/sock").checked()
    if any(Path(p).exists() for p in ("/var/run/docker.sock", "/run/docker.sock")):
        with pytest.raises(SandboxError, match="Docker socket"):
            Mount(Path("/var/run"), "/r").checked()


def test_exec_result_round_trips_through_json() -> None:
    import json

    result = ExecResult(None, True, False, "out", "err", True, 1.5)
    again = ExecResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again == result and again.format_version == 1 and not again.ok


def test_capped_buffer_keeps_head_and_tail() -> None:
    buf = CappedBuffer(100)
    for i in range(50):
        buf.add(f"{i:03d}\n".encode())
    text = buf.text()
    assert text.startswith("000\n") and text.endswith("049\n")
    assert buf.total == 200 and buf.dropped == 100
    assert "[... 100 bytes of output dropped ...]" in text


def test_capped_buffer_under_the_limit_is_verbatim() -> None:
    buf = CappedBuffer(1000)
    buf.add(b"hello ")
    buf.add(b"world")
    assert buf.text() == "hello world" and buf.dropped == 0


def test_one_big_chunk_is_capped() -> None:
    buf = CappedBuffer(64)
    buf.add(b"a" * 10_000 + b"END")
    assert buf.dropped == 10_003 - 64 and buf.text().endswith("END")


def test_labels_name_project_run_expiry_and_owner() -> None:
    found = labels.sandbox_labels("r1", 60, {"dgm.role": "grader"})
    assert found[labels.PROJECT] == "dgm" and found[labels.RUN_ID] == "r1"
    assert found["dgm.role"] == "grader"
    assert found[labels.OWNER_PID] == str(os.getpid())
    assert int(found[labels.EXPIRES]) > time.time()
    assert not labels.owner_dead(found) and not labels.expired(found)
    assert labels.expired(found, now=time.time() + 120)


def test_a_dead_or_reused_owner_pid_is_recognised() -> None:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = {labels.OWNER_PID: str(child.pid), labels.OWNER_HOST: socket.gethostname(),
            labels.OWNER_START: "1"}
    assert labels.owner_dead(dead) and is_leftover(dead)
    reused = labels.sandbox_labels("r", 60) | {labels.OWNER_START: "1"}
    assert labels.owner_dead(reused)
    elsewhere = dead | {labels.OWNER_HOST: "another-host"}
    assert not labels.owner_dead(elsewhere) and not is_leftover(elsewhere)


def test_wrap_puts_the_command_under_a_hard_limit() -> None:
    wrapped = execution.wrap(["echo", "a b"], 2.5)
    assert wrapped[:2] == ["sh", "-c"] and "timeout -s KILL" in wrapped[2]
    assert wrapped[3:] == ["sh", "2.500", "echo", "a b"]
    with pytest.raises(ValueError):
        execution.wrap([], 1)
    with pytest.raises(ValueError):
        execution.wrap(["true"], 0)


def test_oom_counter_is_read_from_v1_and_v2_files() -> None:
    v1 = b"oom_kill_disable 0\nunder_oom 0\noom_kill 3\n"
    v2 = b"low 0\nhigh 0\nmax 4\noom 2\noom_kill 2\noom_group_kill 0\n"
    assert execution.oom_kill_count(v1) == 3
    assert execution.oom_kill_count(v2) == 2
    assert execution.oom_kill_count(b"") is None


def test_watchdog_escalates_while_the_stream_stays_open() -> None:
    release = threading.Event()
    actions: list[str] = []

    def frames():  # a stream that stays open until the second step acts
        yield b"started\n", None
        release.wait(10)

    steps = [(0.1, "sweep", lambda: actions.append("sweep")),
             (0.2, "kill", lambda: (actions.append("kill"), release.set()))]
    got = execution.collect(frames(), 1000, steps)
    assert got.watchdog == actions == ["sweep", "kill"] and got.stdout.text() == "started\n"
    record = execution.result(None, got, 0.3, 0.1, False)
    assert record.timed_out and record.exit_code is None
    assert "killed the container" in record.stderr


def test_watchdog_stops_escalating_once_the_stream_ends() -> None:
    release = threading.Event()

    def frames():
        release.wait(10)
        yield b"", b""

    got = execution.collect(frames(), 1000, [(0.05, "sweep", release.set),
                                             (0.3, "kill", lambda: None)])
    time.sleep(0.4)
    assert got.watchdog == ["sweep"]


def test_watchdog_stays_quiet_for_a_quick_command() -> None:
    fired: list[int] = []
    got = execution.collect(iter([(b"a", b"b")]), 1000, [(5, "kill", lambda: fired.append(1))])
    record = execution.result(0, got, 0.01, 5, False)
    assert not fired and record.ok and (record.stdout, record.stderr) == ("a", "b")


def test_a_kill_after_the_limit_is_a_time_out_and_before_it_is_not() -> None:
    got = execution.collect(iter([]), 10, [])
    assert execution.result(137, got, 2.0, 2.0, False).timed_out
    early = execution.result(137, got, 0.5, 2.0, True)
    assert not early.timed_out and early.exit_code == 137 and early.oom_killed


def test_pack_puts_a_dirs_contents_under_a_prefix_owned_by_the_user(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "m.py").write_text("x = 1\n")
    (tmp_path / "src" / "tool").write_text("#!/bin/sh\n")
    os.chmod(tmp_path / "src" / "tool", 0o4755)
    with transfer.pack(tmp_path / "src", PurePosixPath("a/b"), 1000, 1000) as archive:
        with tarfile.open(fileobj=archive) as tar:
            members = {m.name: m for m in tar.getmembers()}
    assert set(members) == {"a", "a/b", "a/b/pkg", "a/b/pkg/m.py", "a/b/tool"}
    assert {(m.uid, m.gid) for m in members.values()} == {(1000, 1000)}
    assert members["a/b/tool"].mode == 0o755


def test_unpack_drops_entries_that_escape(tmp_path: Path) -> None:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        for name, link in (("ok.txt", None), ("../evil.txt", None), ("link", "/etc/passwd")):
            info = tarfile.TarInfo(name)
            if link:
                info.type, info.linkname = tarfile.SYMTYPE, link
                tar.addfile(info)
            else:
                info.size = 2
                tar.addfile(info, io.BytesIO(b"hi"))
    dest = tmp_path / "dest"
    transfer.unpack([data.getvalue()], dest)
    assert [p.name for p in dest.iterdir()] == ["ok.txt"]
    assert not (tmp_path / "evil.txt").exists()
