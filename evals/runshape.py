"""The shapes of an agent's sandboxed run: which command, which extra mounts, what comes back.

Every shape runs through the one sandbox path, `Harness._run`: a fresh base repo at the work
tree, the agent read-only at /agent, the gateway at /dgm, and the diff taken on the host.
A shape only says what differs between a coding agent's run and a meta agent's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evals.envimage import WORKSPACE
from sandbox import Mount

AGENT_MOUNT = "/agent"
ARCHIVE_MOUNT = "/archive"  # the archive export a meta agent reads (HYPERAGENT_DESIGN §3)
AGENT_LOG = "/out/agent.log"
META_LOG = "/out/meta.log"
SUMMARY_FILE = "/out/summary.json"
OUTPUT_LIMIT = 16 * 1024  # bytes of an extra output read back: agent-written text is data


@dataclass(frozen=True)
class RunShape:
    """One kind of agent run: its command line, read-only mounts beyond /agent and /dgm, the
    log file it writes and the other files taken back from /out (each cut at OUTPUT_LIMIT)."""

    command: tuple[str, ...]
    extra_mounts: tuple[Mount, ...] = ()
    log_file: str = AGENT_LOG
    extra_outputs: tuple[str, ...] = ()


def agent_command(repo_path: str = WORKSPACE) -> list[str]:
    """The agent contract's command line."""
    return ["python", f"{AGENT_MOUNT}/coding_agent.py", "--problem-file", "/out/problem.md",
            "--repo", repo_path, "--log-file", AGENT_LOG]


def agent_shape(repo_path: str = WORKSPACE) -> RunShape:
    """A coding agent on a problem (a task, or its own source when self-modifying)."""
    return RunShape(tuple(agent_command(repo_path)))


def meta_command(iterations_left: int) -> list[str]:
    """The meta agent contract's command line (HYPERAGENT_DESIGN §2.2)."""
    return ["python", f"{AGENT_MOUNT}/meta_agent.py", "--workspace", WORKSPACE,
            "--archive", ARCHIVE_MOUNT, "--iterations-left", str(max(0, iterations_left)),
            "--log-file", META_LOG, "--summary-file", SUMMARY_FILE]


def meta_shape(export_dir: Path, iterations_left: int) -> RunShape:
    """A meta agent on a copy of its own source, with the archive export read-only."""
    export = Mount(host=export_dir.resolve(), container=ARCHIVE_MOUNT, read_only=True)
    return RunShape(tuple(meta_command(iterations_left)), (export,), META_LOG, (SUMMARY_FILE,))


def self_check_command(entry: str) -> list[str]:
    """`python /agent/<entry> --self-check`: imports and loads, no model call."""
    return ["python", f"{AGENT_MOUNT}/{entry}", "--self-check"]


def read_output(path: Path, limit: int = OUTPUT_LIMIT) -> str:
    """The first `limit` bytes of a file taken back from a sandbox, as text; "" when it is
    absent or not a regular file (a link or a directory the agent left there)."""
    if path.is_symlink() or not path.is_file():
        return ""
    with path.open("rb") as handle:
        return handle.read(limit).decode("utf-8", errors="replace")
