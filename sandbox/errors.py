"""The sandbox's user-fixable error, and the common ways to raise it."""

from __future__ import annotations

from ground.errors import SandboxError as _DgmSandboxError


class SandboxError(_DgmSandboxError):
    """Docker is unreachable, the image is missing, or a sandbox cannot be set up."""


def daemon_unreachable(reason: object) -> SandboxError:
    """The Docker daemon did not answer."""
    return SandboxError(
        f"cannot reach the Docker daemon ({_first_line(reason)})",
        "start Docker (e.g. `sudo systemctl start docker`) or set DOCKER_HOST to a running daemon",
    )


def image_missing(tag: str) -> SandboxError:
    """The sandbox image is not present locally (it is never pulled implicitly)."""
    return SandboxError(f"sandbox image '{tag}' is not built", "run `dgm sandbox build`")


def _first_line(reason: object) -> str:
    text = str(reason).strip().splitlines()
    return text[0][:300] if text else type(reason).__name__
