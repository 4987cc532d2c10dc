"""Connecting to the Docker daemon; the only place a docker client is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sandbox.errors import daemon_unreachable

if TYPE_CHECKING:
    import docker


def connect(timeout: float = 120.0) -> docker.DockerClient:
    """A client for the daemon named by the environment (DOCKER_HOST), or SandboxError."""
    import docker
    from docker.errors import DockerException

    try:
        # Negotiating the API version is the first request: it fails when no daemon answers.
        client = docker.from_env(timeout=int(timeout))
    except (DockerException, OSError) as exc:
        raise daemon_unreachable(exc) from None
    return client


def daemon_problem() -> str | None:
    """Why the daemon cannot be used, or None when it answers."""
    from sandbox.errors import SandboxError

    try:
        connect(timeout=10).close()
    except SandboxError as exc:
        return str(exc)
    return None
