"""Labels on every container and volume: project, run, expiry, and the owning host process."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

PROJECT = "dgm.project"
PROJECT_VALUE = "dgm"
RUN_ID = "dgm.run_id"
EXPIRES = "dgm.expires"  # unix time after which the object is fair game for gc
OWNER_PID = "dgm.owner.pid"
OWNER_HOST = "dgm.owner.host"
OWNER_START = "dgm.owner.start"  # the owner's start time, so a reused pid is not mistaken for it
PROJECT_FILTER = f"{PROJECT}={PROJECT_VALUE}"


def process_start(pid: int) -> str:
    """An identifier of when process `pid` started ('' when unknown or gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # Field 22 (starttime); the command name in field 2 may hold spaces, so split after ')'.
    return stat.rsplit(")", 1)[1].split()[19]


def sandbox_labels(run_id: str, lifetime_s: float, extra: dict[str, str] | None = None,
                   ) -> dict[str, str]:
    """Labels for a new container and its volumes."""
    pid = os.getpid()
    labels = dict(extra or {})
    labels.update({
        PROJECT: PROJECT_VALUE, RUN_ID: run_id, EXPIRES: str(int(time.time() + lifetime_s)),
        OWNER_PID: str(pid), OWNER_HOST: socket.gethostname(), OWNER_START: process_start(pid),
    })
    return labels


def owner_dead(labels: dict[str, str]) -> bool:
    """True when the labels name a process on this host that no longer runs."""
    if labels.get(OWNER_HOST) != socket.gethostname() or not labels.get(OWNER_PID, "").isdigit():
        return False
    pid = int(labels[OWNER_PID])
    if Path("/proc").is_dir():
        started = process_start(pid)
        return started == "" or started != labels.get(OWNER_START, started)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def expired(labels: dict[str, str], now: float | None = None) -> bool:
    """True when the expiry label has passed."""
    try:
        return float(labels.get(EXPIRES, "inf")) < (time.time() if now is None else now)
    except ValueError:
        return True
