"""Hard time limits, capped output and OOM detection for commands run in a container.

A command runs under an in-container `timeout -s KILL`. When the command ends, by itself or
by the limit, the wrapper ends every other process of the sandbox user too (daemons started
with setsid or nohup, fork bombs), so nothing outlives it and its output stream closes. The
container's keep-alive runs as another user and survives. If the stream is still open
`grace` seconds after the limit (the command disabled its wrapper), a host-side watchdog
ends every process of the sandbox user from a fresh exec; `grace` seconds later still, it
kills the whole container.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sandbox.result import CappedBuffer, ExecResult

# Runs as the sandbox user: $1 is the time limit, the rest is the command. `kill -1` signals
# every process this user may signal except the shell itself (a builtin: no fork needed).
WRAPPER = """t=$1; shift
timeout -s KILL "$t" "$@"
rc=$?
kill -s KILL -- -1 2>/dev/null
exit "$rc"
"""
KILLED = 137  # 128 + SIGKILL: the status of a command killed by the limit or the OOM killer
SWEEP = ["sh", "-c", "kill -s KILL -- -1"]
# Run as the sandbox user after a command failed: end what a killed wrapper could not (the
# command may have killed its own wrapper), then read the OOM-kill counter.
AFTER_FAILURE = ["sh", "-c", "kill -s KILL -- -1 2>/dev/null; cat "
                 "/sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events "
                 "2>/dev/null"]
_OOM_KILLS = re.compile(rb"^oom_kill (\d+)$", re.MULTILINE)


def wrap(cmd: list[str], timeout: float) -> list[str]:
    """The command as run in the container, under the hard time limit."""
    if not cmd:
        raise ValueError("empty command")
    if timeout <= 0:
        raise ValueError(f"time limit must be positive, not {timeout}")
    return ["sh", "-c", WRAPPER, "sh", f"{timeout:.3f}", *cmd]


@dataclass
class Collected:
    """A command's output as captured on the host, and what the watchdog had to do."""

    stdout: CappedBuffer
    stderr: CappedBuffer
    watchdog: list[str] = field(default_factory=list)  # names of the steps that fired


# A watchdog step: seconds after the start, a name, and what to do if the stream is still open.
Step = tuple[float, str, Callable[[], None]]


def collect(frames: Iterable[tuple[bytes | None, bytes | None]], limit: int,
            steps: list[Step]) -> Collected:
    """Read (stdout, stderr) frames to the end while a watchdog escalates through `steps`."""
    got = Collected(CappedBuffer(limit), CappedBuffer(limit))
    done = threading.Event()
    watchdog = threading.Thread(target=_watch, args=(done, steps, got.watchdog), daemon=True)
    watchdog.start()
    try:
        for stdout, stderr in frames:
            if stdout:
                got.stdout.add(stdout)
            if stderr:
                got.stderr.add(stderr)
    finally:
        done.set()
    return got


def _watch(done: threading.Event, steps: list[Step], fired: list[str]) -> None:
    start = time.monotonic()
    for at, name, action in steps:
        if done.wait(max(0.0, at - (time.monotonic() - start))):
            return
        fired.append(name)
        action()


def oom_kill_count(probe_output: bytes) -> int | None:
    """The cgroup's OOM-kill counter, from memory.oom_control (v1) or memory.events (v2)."""
    match = _OOM_KILLS.search(probe_output)
    return int(match.group(1)) if match else None


WATCHDOG_NOTES = {
    "sweep": "the host watchdog ended the command's processes after the time limit",
    "kill": "the host watchdog killed the container after the time limit; its writable "
            "dirs were lost",
}


def result(status: int | None, got: Collected, duration_s: float, timeout: float,
           oom_killed: bool) -> ExecResult:
    """The record of one command; a command stopped by its time limit has exit_code None."""
    timed_out = bool(got.watchdog) or (status == KILLED and duration_s >= timeout)
    notes = "".join(f"\n[sandbox: {WATCHDOG_NOTES[name]}]\n" for name in got.watchdog)
    return ExecResult(
        exit_code=None if timed_out else status, timed_out=timed_out, oom_killed=oom_killed,
        stdout=got.stdout.text(), stderr=got.stderr.text() + notes,
        truncated=bool(got.stdout.dropped or got.stderr.dropped), duration_s=duration_s)
