"""Observers."""

from signals.subject import Subject

__all__ = ["Subject"]
