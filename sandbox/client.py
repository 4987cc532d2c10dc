"""Connecting to the Docker daemon; the only place a docker client is made."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sandbox.errors import SandboxError, daemon_unreachable

if TYPE_CHECKING:
    import docker
    from docker import DockerClient


def connect(timeout: float = 120.0) -> docker.DockerClient:
    """A client for the daemon named by the environment (DOCKER_HOST), or SandboxError."""
    # heavy: docker
    import docker
    from docker.errors import DockerException

    try:
        # Negotiating the API version is the first request: it fails when no daemon answers.
        client = docker.from_env(timeout=int(timeout))
    except (DockerException, OSError) as exc:
        raise daemon_unreachable(exc) from None
    return client


@contextmanager
def client_for(client: DockerClient | None = None,
               timeout: float = 120.0) -> Iterator[DockerClient]:
    """The caller's client as it is, or a new one that is closed afterwards."""
    if client is not None:
        yield client
        return
    own = connect(timeout)
    try:
        yield own
    finally:
        own.close()


def daemon_problem() -> str | None:
    """Why the daemon cannot be used, or None when it answers."""
    try:
        connect(timeout=10).close()
    except SandboxError as exc:
        return str(exc)
    return None
