"""Fixtures for the view tests: synthetic runs (no Docker) in their real layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from views_helpers import build_run


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A finished synthetic run (shared: views never change it, which test_readonly checks)."""
    root = tmp_path_factory.mktemp("views") / "synth"
    return root, build_run(root)


@pytest.fixture
def fresh_run(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A synthetic run of this test's own, to damage."""
    root = tmp_path / "run"
    return root, build_run(root)
