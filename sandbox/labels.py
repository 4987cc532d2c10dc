"""Labels on every container and volume: project, run, expiry, and the owning host process."""

from __future__ import annotations

import os
import socket
import time

from ground.processes import process_gone, process_start

PROJECT = "dgm.project"
PROJECT_VALUE = "dgm"
RUN_ID = "dgm.run_id"
EXPIRES = "dgm.expires"  # unix time the container ends itself at; gc may remove it after
OWNER_PID = "dgm.owner.pid"
OWNER_HOST = "dgm.owner.host"
OWNER_START = "dgm.owner.start"  # the owner's start time, so a reused pid is not mistaken for it
PROJECT_FILTER = f"{PROJECT}={PROJECT_VALUE}"


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
    return process_gone(int(labels[OWNER_PID]), labels.get(OWNER_START, ""))


def deadline(labels: dict[str, str]) -> float:
    """The unix time the expiry label names (infinity when there is none)."""
    return float(labels.get(EXPIRES, "inf"))


def expired(labels: dict[str, str], now: float | None = None) -> bool:
    """True when the expiry label has passed."""
    try:
        return deadline(labels) < (time.time() if now is None else now)
    except ValueError:
        return True
