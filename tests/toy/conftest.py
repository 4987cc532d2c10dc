"""Fixtures for the toy provider's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from toy_support import FakeGateway, SynthTask, make_repo, reference_patch

from dgm.toy import ToyProvider


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    """A stand-in gateway on a unix socket serving ToyProvider(seed=0)."""
    with FakeGateway(ToyProvider(0)) as gw:
        yield gw


@pytest.fixture
def task_repo(tmp_path: Path) -> Callable[[SynthTask], tuple[Path, str]]:
    """Make a task's repository in tmp_path; return it and the reference patch."""

    def make(task: SynthTask) -> tuple[Path, str]:
        patch = reference_patch(task, tmp_path / f"{task.id}-ref")
        return make_repo(task.files, tmp_path / task.id), patch

    return make
