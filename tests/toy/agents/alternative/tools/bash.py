"""The bash tool: run a shell command in the repository and return what it printed."""

from __future__ import annotations

import os
import signal
import subprocess

TIMEOUT_S = 120  # a command running longer is killed
LIMIT = 8000  # longer output keeps its first and last LIMIT // 2 characters

SCHEMA = {
    "name": "bash",
    "description": (
        "Run a bash command in the repository (the current directory) and return its output "
        "(stdout and stderr together) and its exit code. Each call starts a fresh shell. "
        f"Commands are killed after {TIMEOUT_S} seconds; do not start interactive programs."
    ),
    "input_schema": {
        "type": "object",
        "properties": {"command": {"type": "string", "description": "the command to run"}},
        "required": ["command"],
    },
}


def run(command: str) -> str:
    """Run `command` with bash; its output and exit code, the middle cut beyond LIMIT."""
    text = _run(command)
    if len(text) <= LIMIT:
        return text
    head, tail = text[:LIMIT // 2], text[-LIMIT // 2:]
    return f"{head}\n[... {len(text) - LIMIT} characters cut ...]\n{tail}"


def _run(command: str) -> str:
    """Run `command` with bash; return its output followed by its exit code."""
    proc = subprocess.Popen(
        ["bash", "-c", command],
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
