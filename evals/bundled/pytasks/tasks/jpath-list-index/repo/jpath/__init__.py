"""Dotted paths into JSON data."""

from jpath.get import get_path

__all__ = ["get_path"]
