"""One writer at a time, and recovery from a writer that was killed mid-write."""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path
from types import TracebackType

from agents_archive import notes
from agents_archive.gitcmd import Git
from agents_archive.layout import LOCK_FILE, PENDING_FILE, TMP_DIR
from ground.errors import ArchiveError


class WriterLock:
    """An exclusive flock on the archive; the kernel drops it when its holder dies."""

    def __init__(self, git_dir: Path, timeout: float = 60.0) -> None:
        self.path = git_dir / LOCK_FILE
        self.timeout = timeout
        self._fd: int | None = None

    @property
    def fd(self) -> int:
        """The locked file descriptor (children given it keep the lock while they live)."""
        if self._fd is None:
            raise RuntimeError("the writer lock is not held")
        return self._fd

    def __enter__(self) -> WriterLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise ArchiveError(f"archive {self.path.parent} is busy with another writer",
                                       "wait for that run to finish, then retry") from None
                time.sleep(0.02)
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)  # no explicit unlock: a still-running child keeps the lock
            self._fd = None


def recover(git: Git) -> None:
    """Undo what a killed writer left behind; call only while holding the WriterLock."""
    _remove_stale_git_locks(git.git_dir)
    tmp = git.git_dir / TMP_DIR
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    pending = git.git_dir / PENDING_FILE
    if pending.exists():
        parts = pending.read_text().split()
        if len(parts) == 2:
            settle(git, parts[0], parts[1])
        pending.unlink()


def _remove_stale_git_locks(git_dir: Path) -> None:
    """Under our lock no git writer of ours is alive, so git's own lock files are stale."""
    stale = [*git_dir.glob("refs/**/*.lock"), *git_dir.glob("reftable/*.lock"),
             git_dir / "packed-refs.lock"]
    for path in stale:
        path.unlink(missing_ok=True)


def remove_git_garbage(git_dir: Path) -> None:
    """Remove the temporary object and pack files failed git writes left; hold the WriterLock."""
    objects = git_dir / "objects"
    for path in [*objects.glob("??/tmp_obj_*"), *objects.glob("pack/tmp_*")]:
        path.unlink(missing_ok=True)


def mark_pending(git_dir: Path, ref: str, commit: str) -> None:
    """Record the agent ref about to be created, so a crash can be settled."""
    path = git_dir / PENDING_FILE
    tmp = path.with_suffix(".tmp")
    try:
        tmp.write_text(f"{ref} {commit}\n")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk: nothing is pending, nothing half-written
        raise


def clear_pending(git_dir: Path) -> None:
    """The transaction finished; nothing to settle."""
    (git_dir / PENDING_FILE).unlink(missing_ok=True)


def settle(git: Git, ref: str, commit: str) -> None:
    """Make an agent whole or absent when a ref backend could not move both refs atomically."""
    has_ref = git.rev(ref) == commit
    has_note = notes.read_note(git, notes.snapshot(git), commit) is not None
    if has_ref and not has_note:
        git.run("update-ref", "-d", ref, commit)
    elif has_note and git.rev(ref) is None:
        git.update_refs([(ref, commit, None)])
