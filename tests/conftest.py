"""Shared fixtures. Docker tests must fail, not skip, when the daemon is missing in CI."""

from __future__ import annotations

import os

import pytest

_DAEMON_PROBLEM = pytest.StashKey[str | None]()


def _daemon_problem(config: pytest.Config) -> str | None:
    """Why Docker cannot be used (asked once per session), or None."""
    if _DAEMON_PROBLEM not in config.stash:
        from sandbox.client import daemon_problem

        config.stash[_DAEMON_PROBLEM] = daemon_problem()
    return config.stash[_DAEMON_PROBLEM]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A `docker` test without a daemon fails in CI (CI=true) and is skipped elsewhere."""
    if item.get_closest_marker("docker") is None:
        return
    problem = _daemon_problem(item.config)
    if problem is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"docker test cannot run in CI: {problem}", pytrace=False)
    pytest.skip(f"no Docker daemon ({problem}); start Docker to run the docker tests")


@pytest.fixture(scope="session")
def sandbox_image() -> str:
    """Tag of the sandbox runtime image, built first if it is missing."""
    from sandbox import ensure_image

    return ensure_image()


@pytest.fixture(scope="session")
def polyglot_image() -> str:
    """Tag of the polyglot variant (the toolchains of Aider's benchmark), built if missing."""
    from sandbox import ensure_image

    return ensure_image(variant="polyglot")
