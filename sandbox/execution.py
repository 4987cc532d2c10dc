"""Hard time limits, capped output and OOM detection for commands run in a container.

A command runs under an in-container `timeout -s KILL`; when that fires, the wrapper also
ends every other process of the sandbox user (daemons started with setsid or nohup), so the
command's output stream closes. A host-side watchdog kills the whole container if the
stream is still open `grace` seconds after the limit, whatever went wrong inside.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sandbox.result import CappedBuffer, ExecResult

# Runs as the sandbox user: $1 is the time limit, the rest is the command.
WRAPPER = """t=$1; shift
timeout -s KILL "$t" "$@"
rc=$?
if [ "$rc" -eq 137 ]; then kill -s KILL -- -1 2>/dev/null; fi
exit "$rc"
"""
KILLED = 137  # 128 + SIGKILL: the status of a command killed by the limit or the OOM killer
OOM_PROBE = ["sh", "-c", "cat /sys/fs/cgroup/memory/memory.oom_control "
             "/sys/fs/cgroup/memory.events 2>/dev/null"]
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
    """A command's output as captured on the host."""

    stdout: CappedBuffer
    stderr: CappedBuffer
    watchdog_fired: bool


def collect(frames: Iterable[tuple[bytes | None, bytes | None]], limit: int,
            deadline_s: float, on_overrun: Callable[[], None]) -> Collected:
    """Read (stdout, stderr) frames to the end; call on_overrun if they outlast deadline_s."""
    out, err = CappedBuffer(limit), CappedBuffer(limit)
    fired = threading.Event()

    def overrun() -> None:
        fired.set()
        on_overrun()

    watchdog = threading.Timer(deadline_s, overrun)
    watchdog.daemon = True
    watchdog.start()
    try:
        for stdout, stderr in frames:
            if stdout:
                out.add(stdout)
            if stderr:
                err.add(stderr)
    finally:
        watchdog.cancel()
    return Collected(out, err, fired.is_set())


def oom_kill_count(probe_output: bytes) -> int | None:
    """The cgroup's OOM-kill counter, from memory.oom_control (v1) or memory.events (v2)."""
    match = _OOM_KILLS.search(probe_output)
    return int(match.group(1)) if match else None


def result(status: int | None, got: Collected, duration_s: float, timeout: float,
           oom_killed: bool) -> ExecResult:
    """The record of one command; a command stopped by its time limit has exit_code None."""
    timed_out = got.watchdog_fired or (status == KILLED and duration_s >= timeout)
    stderr = got.stderr.text()
    if got.watchdog_fired:
        stderr += "\n[sandbox: the host watchdog killed the container after the time limit]\n"
    return ExecResult(
        exit_code=None if timed_out else status, timed_out=timed_out, oom_killed=oom_killed,
        stdout=got.stdout.text(), stderr=stderr,
        truncated=bool(got.stdout.dropped or got.stderr.dropped), duration_s=duration_s)
