"""Which sandbox images the Docker daemon holds; never pulls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sandbox.errors import image_missing
from sandbox.image import recipe

if TYPE_CHECKING:
    from docker import DockerClient


def image_present(client: DockerClient, tag: str) -> bool:
    """Whether the daemon holds `tag` (never pulls)."""
    from docker.errors import ImageNotFound  # heavy: docker

    try:
        client.api.inspect_image(tag)
    except ImageNotFound:
        return False
    return True


def present_image(client: DockerClient, source: str = "auto") -> str | None:
    """The tag of an up-to-date runtime image already present, if any."""
    sources = recipe.SOURCES if source == "auto" else (source,)
    return next((t for t in map(recipe.image_tag, sources) if image_present(client, t)), None)


def require_image(client: DockerClient) -> str:
    """The present runtime image, or SandboxError saying to build it."""
    tag = present_image(client)
    if tag is None:
        raise image_missing(recipe.image_tag("offline"))
    return tag
