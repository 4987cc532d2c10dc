"""Fixtures of the evals tests: the bundled benchmark and a scratch cache for adapters."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals import Benchmark, load_benchmark


@pytest.fixture(scope="session")
def pytasks() -> Benchmark:
    """The bundled benchmark."""
    return load_benchmark("pytasks")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """Where adapters write generated task repos during one test."""
    return tmp_path / "cache"
