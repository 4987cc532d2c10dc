"""Fixtures of the sandbox tests: small limits so that containment tests run fast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sandbox import Sandbox, SandboxConfig, open_sandbox


@pytest.fixture
def small() -> SandboxConfig:
    """Tight limits: containment shows quickly and costs the machine little."""
    return SandboxConfig(memory="256m", pids=64, cpus=1.0, file_size="24m",
                         volumes={"/workspace": "32m", "/out": "8m", "/tmp": "16m"},
                         max_output_bytes=64_000, watchdog_grace_s=3.0)


@pytest.fixture
def box(sandbox_image: str, small: SandboxConfig) -> Iterator[Sandbox]:
    """A fresh sandbox with the small limits, removed after the test."""
    with open_sandbox(small, image=sandbox_image, run_id="pytest",
                      labels={"dgm.role": "test"}) as sb:
        yield sb

