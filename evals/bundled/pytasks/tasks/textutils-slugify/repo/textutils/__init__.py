"""Small text helpers."""

from textutils.slug import slugify
from textutils.text import truncate

__all__ = ["slugify", "truncate"]
