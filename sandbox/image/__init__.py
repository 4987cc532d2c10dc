"""The sandbox runtime image: content-hash tags, and a builder with or without a registry."""

from sandbox.image.build import ensure_image
from sandbox.image.present import present_image, require_image, variant_image
from sandbox.image.recipe import base_tag, image_tag

__all__ = ["base_tag", "ensure_image", "image_tag", "present_image", "require_image",
           "variant_image"]
