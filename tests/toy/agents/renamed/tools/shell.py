"""Plugin `shell`: executes one command line and reports its combined output."""

from __future__ import annotations

import os
import signal
import subprocess

TIMEOUT_S = 120  # a command running longer is killed

SCHEMA = {
    "name": "shell",
    "description": (
        "Executes a command line in the project folder; reports everything it printed and its "
        f"status. A fresh shell every time, stopped after {TIMEOUT_S} s."
    ),
    "input_schema": {
        "type": "object",
        "properties": {"cmd": {"type": "string", "description": "command line"}},
        "required": ["cmd"],
    },
}


def run(cmd: str) -> str:
    """Execute `cmd`; its output, then its status."""
    proc = subprocess.Popen(
        ["bash", "-c", cmd],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so a timeout can kill everything the command started
    )
    try:
        out, _ = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return f"{out.decode(errors='replace')}\n[killed: timed out after {TIMEOUT_S} s]"
    return f"{out.decode(errors='replace')}\n[exit code {proc.returncode}]"
