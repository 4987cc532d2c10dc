"""Synchronous events."""

from events.emitter import Emitter

__all__ = ["Emitter"]
