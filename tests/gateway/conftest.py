"""Fixtures of the gateway tests (the fakes themselves are in gw_fakes.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gw_fakes import FakeUpstream


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    """A fresh run directory."""
    path = tmp_path / "run"
    path.mkdir()
    return path


@pytest.fixture
def upstream() -> Iterator[Callable[[Callable[[dict[str, Any]], Any]], FakeUpstream]]:
    """A factory of fake upstream servers, all closed at the end of the test."""
    made: list[FakeUpstream] = []

    def make(default: Callable[[dict[str, Any]], Any]) -> FakeUpstream:
        made.append(FakeUpstream(default))
        return made[-1]

    yield make
    for server in made:
        server.close()
