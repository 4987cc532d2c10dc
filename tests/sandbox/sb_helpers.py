"""Helpers shared by the sandbox tests."""

from __future__ import annotations

from sandbox import Sandbox


def leftover_processes(sb: Sandbox) -> list[str]:
    """Commands of the sandbox user's processes, except the wrapper and `ps` looking."""
    listing = sb.exec(["ps", "-u", "1000", "-o", "comm="], timeout=10).stdout
    return [name for name in listing.split() if name not in ("ps", "sh", "timeout")]


def sh(sb: Sandbox, script: str, timeout: float = 20.0) -> str:
    """Run a shell script that must succeed; return its stdout."""
    result = sb.exec(["sh", "-c", script], timeout=timeout)
    assert result.ok, (result.exit_code, result.stdout, result.stderr)
    return result.stdout
