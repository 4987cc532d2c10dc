"""Tar archives for copying files into and out of a sandbox."""

from __future__ import annotations

import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import IO

SPOOL_BYTES = 32 * 1024 * 1024  # archives bigger than this spill to a temp file


def pack(source: Path, prefix: PurePosixPath, uid: int, gid: int) -> IO[bytes]:
    """A tar of `source` (a dir's contents, or a file) under `prefix`, owned by uid:gid."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    with tarfile.open(fileobj=spool, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for depth in range(1, len(prefix.parts) + 1):
            tar.addfile(_dir_entry(PurePosixPath(*prefix.parts[:depth]), uid, gid))
        if source.is_dir():
            for child in sorted(source.iterdir()):
                tar.add(child, str(prefix / child.name), filter=_owned(uid, gid))
        else:
            tar.add(source, str(prefix / source.name), filter=_owned(uid, gid))
    spool.seek(0)
    return spool


def _dir_entry(path: PurePosixPath, uid: int, gid: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(str(path))
    info.type, info.mode, info.uid, info.gid = tarfile.DIRTYPE, 0o755, uid, gid
    info.mtime = int(time.time())
    return info


def _owned(uid: int, gid: int) -> Callable[[tarfile.TarInfo], tarfile.TarInfo]:
    def owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid, info.gid, info.uname, info.gname = uid, gid, "", ""
        info.mode &= 0o777  # no setuid, setgid or sticky bits from the host
        return info

    return owned


def unpack(chunks: Iterable[bytes], dest: Path) -> None:
    """Extract a tar stream into `dest`, skipping links or paths that would leave it."""
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as spool:
        for chunk in chunks:
            spool.write(chunk)
        spool.seek(0)
        with tarfile.open(fileobj=spool, mode="r|") as tar:
            tar.extractall(dest, filter=_inside_only)


def _inside_only(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    # What a sandbox wrote is untrusted: an entry escaping `dest` is dropped, not an error.
    try:
        return tarfile.data_filter(member, dest)
    except tarfile.FilterError:
        return None
