"""The run directory: where a run's config, archive, journal, attempts and ledger live."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ground.diskspace import disk_full_guard
from ground.errors import RunError
from ground.jsontypes import JsonObject


class RunDir:
    """Paths of one run (see DESIGN.md, "Run directory")."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).absolute()  # the same run from any working directory

    @property
    def config(self) -> Path:
        return self.root / "dgm.toml"

    @property
    def archive(self) -> Path:
        return self.root / "archive.git"

    @property
    def journal(self) -> Path:
        return self.root / "journal.jsonl"

    @property
    def attempts(self) -> Path:
        return self.root / "attempts"

    @property
    def ledger(self) -> Path:
        return self.root / "ledger.jsonl"

    @property
    def recordings(self) -> Path:
        return self.root / "recordings"

    @property
    def lock_file(self) -> Path:
        return self.root / ".driver.lock"

    def attempt(self, attempt_id: str) -> Path:
        """The directory of one attempt (created on demand)."""
        path = self.attempts / attempt_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def exists(self) -> bool:
        return self.config.exists()

    @classmethod
    def find(cls, path: str | Path) -> RunDir:
        """An existing run directory, or a RunError saying how to get one."""
        run = cls(Path(path))
        if not run.root.is_dir():
            raise RunError(f"no run directory at {path}", "pass the directory of a run (runs/NAME)")
        if not run.exists():
            raise RunError(f"{path} is not a run directory (no dgm.toml)",
                           "pass the directory `dgm run` created")
        return run

    @contextmanager
    def driver_lock(self) -> Iterator[None]:
        """Be the only process driving this run; the lock file goes when the block ends
        (`release_lock` on a path that skips it), and the lock when the process dies."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = self._take_lock()
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            yield
        finally:
            self.release_lock()
            os.close(fd)

    def _take_lock(self) -> int:
        """An fd of the lock file holding its exclusive lock; RunError while another driver
        holds it. A file that another driver removed as we locked it is locked afresh."""
        while True:
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise RunError(f"run {self.root} is being driven by another process",
                               "wait for it to stop, or stop it first") from None
            try:
                if os.stat(self.lock_file).st_ino == os.fstat(fd).st_ino:
                    return fd
            except FileNotFoundError:
                pass
            os.close(fd)  # the file was removed (its driver ended) between open and lock

    def release_lock(self) -> None:
        """Remove the lock file of the driver holding it (this process); the lock itself
        goes with the process."""
        self.lock_file.unlink(missing_ok=True)

    def driver_pid(self) -> int | None:
        """The pid of the process driving the run now, if any."""
        if not self.lock_file.exists():
            return None
        fd = os.open(self.lock_file, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = self.lock_file.read_text().strip()
            return int(text) if text.isdigit() else -1
        finally:
            os.close(fd)
        return None


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON (what is not JSON as its str()) so readers see the old file or the new one."""
    write_text_atomic(path, json.dumps(data, indent=1, sort_keys=True, default=str))


def write_text_atomic(path: Path, text: str) -> None:
    """Write a text file atomically: temporary file, fsync, rename, fsync of the directory.

    DiskFull when the disk is full; the old file, if any, stays and no temporary file does.
    """
    with disk_full_guard(path):
        _write_text_atomic(path, text)


def _write_text_atomic(path: Path, text: str) -> None:
    """write_text_atomic, with OSError as it comes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_json(path: Path) -> JsonObject:
    """Read a JSON object written by write_json_atomic."""
    with open(path, encoding="utf-8") as fh:
        data: JsonObject = json.load(fh)
    return data


def append_line(path: Path, line: bytes) -> None:
    """Append `line` and fsync it, or leave the file at its old length and raise."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        try:
            view = memoryview(line)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)  # no torn line for the next append to run into
            raise
    finally:
        os.close(fd)


def drop_torn_tail(path: Path) -> None:
    """Cut a half-written last line left by a crash, so appends start on a fresh line."""
    if not path.exists():
        return
    with open(path, "rb") as f:
        end = f.seek(0, os.SEEK_END)
        if end == 0 or _byte_at(f, end - 1) == b"\n":
            return  # the common case costs one byte read, however long the file
        keep = _last_line_end(f, end)
    with open(path, "r+b") as f:
        f.truncate(keep)
        os.fsync(f.fileno())


def _byte_at(f: BinaryIO, offset: int) -> bytes:
    """The byte at `offset`."""
    f.seek(offset)
    return f.read(1)


def _last_line_end(f: BinaryIO, end: int, chunk: int = 1 << 16) -> int:
    """The offset just past the last newline before `end`, or 0 when there is none."""
    while end > 0:
        start = max(0, end - chunk)
        f.seek(start)
        cut = f.read(end - start).rfind(b"\n")
        if cut >= 0:
            return start + cut + 1
        end = start
    return 0
