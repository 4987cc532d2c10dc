"""Whether this process still makes sandboxes, and how many it is creating right now.

A driver that leaves in a hurry first refuses new sandboxes, then removes its own. A thread
already inside `docker create` at that moment makes its container after the removal listed
the process's containers; the removal therefore also waits, within its time bound, until no
creation is in flight, and the check and the count share one lock so none can slip between.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sandbox.errors import SandboxError

_LOCK = threading.Lock()
_LEAVING: list[str] = []  # why this process makes no more sandboxes (empty: it does)
_IN_FLIGHT = [0]  # containers being created now


def refuse_new_sandboxes(reason: str | None) -> None:
    """From now on this process starts no sandbox (its driver is leaving: the threads still
    at work must end instead of starting their next task); None allows them again."""
    with _LOCK:
        _LEAVING[:] = [] if reason is None else [reason]


def check_staying() -> None:
    """SandboxError when this process makes no more sandboxes (see refuse_new_sandboxes)."""
    with _LOCK:
        _raise_if_leaving()


@contextmanager
def creating() -> Iterator[None]:
    """Around the creation of one container: refused once the process is leaving, and
    counted while it lasts (see creations_in_flight)."""
    with _LOCK:
        _raise_if_leaving()
        _IN_FLIGHT[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _IN_FLIGHT[0] -= 1


def creations_in_flight() -> int:
    """How many of this process's containers are being created at this moment."""
    with _LOCK:
        return _IN_FLIGHT[0]


def _raise_if_leaving() -> None:
    if _LEAVING:
        raise SandboxError(f"no new sandbox: {_LEAVING[0]}",
                           "the process is leaving; nothing to do")
