"""lumenbox.ops: helpers of the lumenbox service."""

from __future__ import annotations


def join_names(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)
