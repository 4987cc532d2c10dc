"""Gateway socket folders: named after their owner; gc removes those whose owner is gone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ground.processes import process_gone, process_start
from ground.socketdirs import (
    PREFIX,
    SOCKET_NAME,
    UNMARKED_MAX_AGE_S,
    host_tag,
    make_socket_dir,
    owned_prefix,
    owned_temp_dir,
    remove_stale_socket_dirs,
)


def _dead_pid_and_start() -> tuple[int, str]:
    """The pid and start time of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    start = process_start(child.pid)
    child.communicate(b"")
    return child.pid, start


def _marked(tmp: Path, pid: int, start: str, tag: str | None = None) -> Path:
    path = tmp / f"{PREFIX}{tag or host_tag()}-{pid}-{start}-abc_1234"
    path.mkdir()
    return path


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[Path]:
    """An older version's folder whose gateway still listens on its socket."""
    folder = tmp_path / f"{PREFIX}oldlive1"
    folder.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / SOCKET_NAME))
    server.listen()
    yield folder
    server.close()


def test_a_new_folder_names_its_owner_and_sandboxes_can_enter_it(tmp_path: Path) -> None:
    folder = make_socket_dir(tmp_path)
    assert folder.parent == tmp_path and folder.is_dir()
    assert folder.stat().st_mode & 0o777 == 0o755
    tag, pid, start, _ = folder.name.removeprefix(PREFIX).split("-")
    assert (tag, int(pid), start) == (host_tag(), os.getpid(), process_start(os.getpid()))
    assert remove_stale_socket_dirs(tmp_path) == [] and folder.is_dir()


def test_folders_of_dead_or_reused_pids_go_and_live_ones_stay(tmp_path: Path) -> None:
    pid, start = _dead_pid_and_start()
    assert process_gone(pid, start)
    dead = _marked(tmp_path, pid, start)
    (dead / SOCKET_NAME).write_text("")  # whatever it holds
    reused = _marked(tmp_path, os.getpid(), "1")
    live = _marked(tmp_path, os.getpid(), process_start(os.getpid()))
    elsewhere = _marked(tmp_path, pid, start, tag="0123abcd")
    other = tmp_path / "dgm-other"
    other.mkdir()
    assert remove_stale_socket_dirs(tmp_path) == sorted([dead, reused])
    assert not dead.exists() and not reused.exists()
    assert live.is_dir() and elsewhere.is_dir() and other.is_dir()


def test_a_link_is_never_followed_nor_removed(tmp_path: Path) -> None:
    pid, start = _dead_pid_and_start()
    target = tmp_path / "precious"
    target.mkdir()
    (target / "keep").write_text("x")
    link = tmp_path / f"{PREFIX}{host_tag()}-{pid}-{start}-link1234"
    link.symlink_to(target)
    assert remove_stale_socket_dirs(tmp_path) == []
    assert link.is_symlink() and (target / "keep").exists()


def test_an_older_folder_goes_when_nothing_listens_on_its_socket(tmp_path: Path,
                                                                 listening: Path) -> None:
    abandoned = tmp_path / f"{PREFIX}olddead1"
    abandoned.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(abandoned / SOCKET_NAME))
    server.close()  # the socket file stays, nobody listens: a killed gateway's
    assert remove_stale_socket_dirs(tmp_path) == [abandoned]
    assert listening.is_dir()


def test_an_older_folder_without_socket_goes_only_when_a_day_old(tmp_path: Path) -> None:
    empty = tmp_path / f"{PREFIX}oldempty"
    empty.mkdir()
    assert remove_stale_socket_dirs(tmp_path) == [] and empty.is_dir()
    later = time.time() + UNMARKED_MAX_AGE_S + 60
    assert remove_stale_socket_dirs(tmp_path, now=later) == [empty]


def test_owned_temp_dirs_of_a_dead_process_are_reaped_and_a_live_ones_kept(
        tmp_path: Path) -> None:
    with owned_temp_dir("run", tmp=tmp_path) as mine:
        assert mine.name.startswith(owned_prefix("run"))
        dead = tmp_path / mine.name.replace(f"-{os.getpid()}-", "-999999999-", 1)
        dead.mkdir()
        (dead / "base").mkdir()
        other = tmp_path / "dgm-report-abc"  # not marked, not a gateway folder: not judged
        other.mkdir()
        assert remove_stale_socket_dirs(tmp_path) == [dead]
        assert mine.is_dir() and other.is_dir()
    assert not mine.exists()
