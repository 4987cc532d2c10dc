"""A small real file system that can be filled up (tmpfs), for the disk-full tests."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHUNK = 1 << 16


def mount_problem() -> str | None:
    """Why a tmpfs cannot be mounted here, or None."""
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root (run the disk-full tests as root, as CI does)"
    return None


@contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs of `size` (mount's units: 512k, 8m) mounted at `where`, unmounted after."""
    problem = mount_problem()
    if problem is not None:
        pytest.skip(problem)
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        reason = f"cannot mount a tmpfs: {mounted.stderr.strip()}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def free_bytes(path: Path) -> int:
    """Bytes an unprivileged writer may still use on the file system of `path`."""
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(disk: Path, leave: int = 0, name: str = "filler") -> Path:
    """A file taking all free space on `disk` but about `leave` bytes; returns its path."""
    filler = disk / name
    want = max(0, free_bytes(disk) - leave)
    with open(filler, "ab", buffering=0) as fh:
        while want > 0:
            try:
                want -= fh.write(b"\0" * min(CHUNK, want))
            except OSError:  # full already: tmpfs counts whole pages
                break
    return filler


def resize(disk: Path, size: str) -> None:
    """Grow (or shrink) the tmpfs at `disk` in place."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(disk)], check=True)


def fsck(git_dir: Path) -> str:
    """`git fsck --full` of a repository: asserts it is clean and returns what it said."""
    result = subprocess.run(["git", "--git-dir", str(git_dir), "fsck", "--full", "--strict"],
                            capture_output=True, text=True)
    said = result.stdout + result.stderr
    assert result.returncode == 0, said
    assert not any(word in said.lower() for word in ("error", "missing", "broken", "garbage"))
    return said
