"""The model gateway's socket folders in the temp dir: made by the gateway, reaped by gc.

A gateway removes its folder when it closes; one killed with SIGKILL cannot. The folder's
name, `dgm-gw-<host>-<pid>-<start>-<random>`, says which process of which host made it (`host`
a short hash of the host name, `start` the process's start time, so that a reused pid is not
taken for it), and `remove_stale_socket_dirs` (run by `dgm sandbox gc`) removes those of
processes no longer running on this host. A sandbox mounts the folder, so never sees its name.

Folders of older versions (`dgm-gw-<random>`) name no owner: one is removed when nothing
listens on its socket any more, or, when it holds no socket, once it is a day old.

Other temporary folders a process must not leave behind after a kill -9 (an agent run's
copies of the repo: `dgm-run-...`) are named the same way (`owned_temp_dir`) and reaped alike.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ground.processes import process_gone, process_start

PREFIX = "dgm-gw-"
SOCKET_NAME = "gateway.sock"
UNMARKED_MAX_AGE_S = 86400.0  # an older folder without owner nor socket is a leftover


def host_tag() -> str:
    """Eight hex digits naming this host (the temp dir may be shared, though rarely)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def owned_prefix(kind: str) -> str:
    """`dgm-<kind>-<host>-<pid>-<start>-`: a temp folder name that says whose it is."""
    pid = os.getpid()
    return f"dgm-{kind}-{host_tag()}-{pid}-{process_start(pid)}-"


def make_socket_dir(tmp: Path | None = None) -> Path:
    """A new private folder (0755, so sandbox users can reach the socket) for one gateway."""
    path = Path(tempfile.mkdtemp(prefix=owned_prefix("gw"), dir=tmp))
    path.chmod(0o755)
    return path


@contextmanager
def owned_temp_dir(kind: str, tmp: Path | None = None) -> Iterator[Path]:
    """A temporary folder removed after the block, named after this process so that one a
    kill -9 left behind is found and removed (`remove_stale_socket_dirs`)."""
    with tempfile.TemporaryDirectory(prefix=owned_prefix(kind), dir=tmp) as path:
        yield Path(path)


def remove_stale_socket_dirs(tmp: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove this user's gateway folders and owned temp folders (an agent run's copies)
    left by processes gone from this host; return them."""
    root = Path(tmp or tempfile.gettempdir())
    removed = []
    for path in sorted(root.glob("dgm-*")):
        if _ours(path) and _stale(path, time.time() if now is None else now):
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return removed


def _ours(path: Path) -> bool:
    """A real folder (no link) of this user."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return path.is_dir() and not path.is_symlink() and info.st_uid == os.getuid()


MARKED = re.compile(r"^dgm-[a-z]+-(?P<tag>[0-9a-f]{8})-(?P<pid>\d+)-(?P<start>\d*)-[a-z0-9_]+$")


def _stale(path: Path, now: float) -> bool:
    """Whether the folder's owner is gone (marked), or it looks abandoned (an unmarked
    gateway folder of an older version); any other dgm-* folder is not ours to judge."""
    marked = MARKED.match(path.name)
    if marked:
        return marked["tag"] == host_tag() and process_gone(int(marked["pid"]), marked["start"])
    return path.name.startswith(PREFIX) and _unmarked_stale(path, now)


def _unmarked_stale(path: Path, now: float) -> bool:
    """An older version's folder: nothing listens on its socket, or none and a day old."""
    sock = path / SOCKET_NAME
    if sock.is_socket():
        return not _listening(sock)
    try:
        return now - path.stat().st_mtime > UNMARKED_MAX_AGE_S
    except OSError:
        return False


def _listening(sock: Path) -> bool:
    """Whether a process accepts connections on the unix socket."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(2.0)
    try:
        probe.connect(str(sock))
    except OSError as exc:
        return exc.errno not in (errno.ECONNREFUSED, errno.ENOENT)
    finally:
        probe.close()
    return True
