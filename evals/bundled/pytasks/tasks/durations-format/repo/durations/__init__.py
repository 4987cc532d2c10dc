"""Durations as text."""

from durations.fmt import format_duration

__all__ = ["format_duration"]
