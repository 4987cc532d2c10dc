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


def present_image(client: DockerClient, source: str = "auto",
                  variant: str = recipe.DEFAULT_VARIANT) -> str | None:
    """The tag of an up-to-date runtime image (of `variant`) already present, if any."""
    sources = recipe.SOURCES if source == "auto" else (source,)
    tags = [recipe.image_tag(s, variant=variant) for s in sources]
    return next((t for t in tags if image_present(client, t)), None)


def require_image(client: DockerClient, variant: str = recipe.DEFAULT_VARIANT) -> str:
    """The present runtime image of `variant`, or SandboxError saying how to build it."""
    tag = present_image(client, variant=variant)
    if tag is None:
        raise image_missing(recipe.image_tag("offline", variant=variant))
    return tag


def variant_image(variant: str, image: str | None = None) -> str:
    """The image to run as `variant`: `image` when it is that variant already, else the present
    image of the variant (found once per process, so a long run keeps the one it started
    with), or SandboxError saying how to build it."""
    if image is not None and recipe.variant_of(image) == variant:
        return image
    if variant not in _FOUND:
        from sandbox.client import client_for  # heavy: docker

        with client_for(None) as client:
            _FOUND[variant] = require_image(client, variant)
    return _FOUND[variant]


_FOUND: dict[str, str] = {}  # variant -> the image variant_image found for it
