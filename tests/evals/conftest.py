"""Fixtures of the evals tests: the bundled benchmark and a scratch cache for adapters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session")
def real_swebench(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
                  ) -> Iterator[tuple[Path, list[dict[str, Any]], dict[str, str]]]:
    """(instances file, records, {instance_id: image}): the stored SWE-bench instances
    (tests/evals/data/swebench) with their images, built once per session and removed after."""
    from ev_fixtures import real_swebench_images

    with real_swebench_images(tmp_path_factory.mktemp("real-swebench"), sandbox_image) as built:
        yield built
