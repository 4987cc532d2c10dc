"""Is a process of this host still the one that made something? (pid plus its start time)."""

from __future__ import annotations

import os
from pathlib import Path


def process_start(pid: int) -> str:
    """An identifier of when process `pid` started ('' when unknown or gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # Field 22 (starttime); the command name in field 2 may hold spaces, so split after ')'.
    return stat.rsplit(")", 1)[1].split()[19]


def process_gone(pid: int, start: str) -> bool:
    """True when process `pid` of this host no longer runs, or its pid now names another one.

    `start` is what process_start() said of it; where /proc is missing, only whether
    some process holds the pid is known.
    """
    if Path("/proc").is_dir():
        started = process_start(pid)
        return started == "" or (start != "" and started != start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
