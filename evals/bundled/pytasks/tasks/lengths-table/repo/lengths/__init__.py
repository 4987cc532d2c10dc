"""Length conversions."""

from lengths.conversion import convert

__all__ = ["convert"]
