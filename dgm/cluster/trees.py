"""Directory trees as bytes, so an agent's source or a repo can travel to another node."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

SKIPPED = (".git",)  # as the harness copies a repo: its own git data never travels


def pack(root: Path) -> bytes:
    """An uncompressed tar of everything under `root` (symlinks kept as links)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(Path(root).iterdir()):
            if path.name not in SKIPPED:
                tar.add(path, arcname=path.name)
    return buffer.getvalue()


def unpack(data: bytes, dest: Path) -> Path:
    """Recreate a packed tree at `dest` (refusing members that would land outside it)."""
    dest.mkdir(parents=True, exist_ok=True)
    dest.chmod(0o755)  # a sandbox's non-root user reads the agent's source through a mount
    with tarfile.open(fileobj=io.BytesIO(data), mode="r") as tar:
        tar.extractall(dest, filter="data")
    return dest
