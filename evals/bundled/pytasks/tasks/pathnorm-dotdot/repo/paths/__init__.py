"""POSIX path helpers."""

from paths.normalize import join, normalize

__all__ = ["join", "normalize"]
