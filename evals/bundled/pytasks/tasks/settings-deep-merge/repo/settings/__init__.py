"""Configuration helpers."""

from settings.merge import merge, merge_all

__all__ = ["merge", "merge_all"]
