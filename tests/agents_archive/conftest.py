"""Fixtures for archive tests: a small seed tree and a fresh archive in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import SEED_FILES, write_tree

from agents_archive import GitArchive


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    root = write_tree(tmp_path / "seed", SEED_FILES)
    (root / "run.sh").write_text("#!/bin/sh\necho hi\n")
    (root / "run.sh").chmod(0o755)
    return root


@pytest.fixture
def archive(tmp_path: Path, seed_dir: Path) -> GitArchive:
    meta = {"created_at": "2025-01-01T00:00:00+00:00"}
    return GitArchive.create(tmp_path / "run", seed_dir, meta)
