"""A write that found no space (ENOSPC, EDQUOT) as one DiskFull naming the file and the fix.

Every writer of a run's files (journal, ledger, recordings, attempts, the archive) reports a
full disk the same way, so the run stops with one line and `dgm run --resume` goes on later.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ground.errors import DiskFull

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
# What git prints (C locale) when a write found no space: strerror texts, and csum-file's own.
GIT_DISK_FULL = ("No space left on device", "Disk quota exceeded", "Out of diskspace")
RUN_MARKER = "dgm.toml"  # the file that makes a directory a run directory
LOW_SPACE_BYTES = 1 << 20  # at most this free (and at most 1% of the disk): the disk is full


def is_disk_full(exc: BaseException) -> bool:
    """Whether `exc` is an OSError saying the disk or the user's quota is full."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def says_disk_full(text: str) -> bool:
    """Whether a tool's error output (git's stderr) says a write found no space."""
    return any(marker in text for marker in GIT_DISK_FULL)


def nearly_full(path: Path) -> bool:
    """Whether the file system holding `path` has (almost) no free space or inodes left.

    For tools that fail on a full disk without saying so (git's reftable: "general error").
    """
    try:
        st = os.statvfs(existing(path))
    except OSError:
        return False
    free, size = st.f_bavail * st.f_frsize, st.f_blocks * st.f_frsize
    no_inodes = st.f_files > 0 and st.f_favail == 0
    return no_inodes or free <= min(LOW_SPACE_BYTES, size // 100)


def disk_full(path: Path, cause: OSError | str | None = None) -> DiskFull:
    """The DiskFull for a failed write of `path`: names the file, the disk and the fix."""
    if isinstance(cause, OSError):
        reason = cause.strerror or os.strerror(cause.errno or errno.ENOSPC)
    else:
        reason = cause or os.strerror(errno.ENOSPC)
    run = run_around(path)
    where = run or existing(path.parent)
    then = f"`dgm run --resume {run}`" if run else "retry"
    return DiskFull(f"disk full: could not write {path} ({reason})",
                    f"free space on {mount_point(where)} (df -h {where}), then {then}")


@contextmanager
def disk_full_guard(path: Path) -> Iterator[None]:
    """Turn an OSError saying the disk is full, inside the block, into disk_full(path)."""
    try:
        yield
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(path, exc) from exc
        raise


def run_around(path: Path) -> Path | None:
    """The run directory holding `path` (the nearest with a dgm.toml), if any."""
    path = Path(os.path.abspath(path))
    for folder in [path, *path.parents]:
        if (folder / RUN_MARKER).is_file():
            return folder
    return None


def existing(path: Path) -> Path:
    """`path`, or its nearest ancestor that exists."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def mount_point(path: Path) -> Path:
    """The mount point of the file system holding `path`."""
    path = existing(path).resolve()
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path
