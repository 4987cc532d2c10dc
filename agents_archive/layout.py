"""Where things live inside an archive repository, and how agent commits are stamped."""

from __future__ import annotations

from pathlib import Path

from ground.errors import ArchiveError

AGENT_REFS = "refs/agents/"  # one ref per agent: refs/agents/<id>
NOTES_REF = "refs/notes/agents"  # agent records, as git notes on agent commits
SEED_REF = "refs/heads/seed"  # the root agent; HEAD points here so `git clone` checks it out
REPO_NAME = "archive.git"  # the archive's name inside a run directory
ID_LEN = 12
# Commit dates are derived, never read from the clock, so equal adds give equal ids.
BASE_EPOCH = 1704067200  # 2024-01-01T00:00:00Z
IDENTITY = {"name": "dgm", "email": "dgm@archive.invalid"}
# Caches that never belong to an agent's source, however the source arrives.
CACHE_GLOBS = ("**/__pycache__/**", "**/*.py[co]", "**/.pytest_cache/**")
LOCK_FILE = "dgm-writer.lock"
PENDING_FILE = "dgm-pending"
TMP_DIR = "dgm-tmp"
ENTRY_POINT = "coding_agent.py"  # the agent contract: run as `python coding_agent.py ...`
# The meta agent (hyperagent mode): `meta_agent.py` and everything under `meta/` at the top
# of an agent's tree; every other path is the task agent (agents_archive/parts.py).
META_ENTRY = "meta_agent.py"
META_DIR = "meta"


def agent_id(tree: str) -> str:
    """An agent's id: the short form of its source tree's id, so equal sources are one agent."""
    return tree[:ID_LEN]


def agent_ref(agent: str) -> str:
    """The ref that names (and keeps) an agent."""
    return AGENT_REFS + agent


def note_path(commit: str) -> str:
    """Path of a commit's note in the notes tree (two-hex-digit fan-out, like git's own)."""
    return f"{commit[:2]}/{commit[2:]}"


def commit_env(generation: int) -> dict[str, str]:
    """Fixed identity and a date derived from the generation, for reproducible commits."""
    date = f"{BASE_EPOCH + generation} +0000"
    return {"GIT_AUTHOR_NAME": IDENTITY["name"], "GIT_AUTHOR_EMAIL": IDENTITY["email"],
            "GIT_COMMITTER_NAME": IDENTITY["name"], "GIT_COMMITTER_EMAIL": IDENTITY["email"],
            "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}


def commit_message(summary: str | None, agent: str, generation: int) -> str:
    """An agent commit's message: its one-line summary, then its id and generation."""
    lines = (summary or "").strip().splitlines()
    subject = lines[0][:100] if lines else f"agent of generation {generation}"
    return f"{subject}\n\nAgent: {agent}\nGeneration: {generation}\n"


def repo_path(path: Path) -> Path:
    """The bare repository for a run directory or an archive path."""
    return path if path.name.endswith(".git") else path / REPO_NAME


def check_agent_source(path: Path) -> None:
    """An agent's source is a directory with the entry point; ArchiveError saying what is wrong."""
    if not path.is_dir():
        raise ArchiveError(f"agent source '{path}' is not a directory",
                           "pass the directory holding an agent's source")
    if not (path / ENTRY_POINT).is_file():
        raise ArchiveError(f"'{path}' has no {ENTRY_POINT}, the agent's entry point",
                           f"pass an agent's source directory (with {ENTRY_POINT} at its top)")
