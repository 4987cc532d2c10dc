"""harborbox.text: helpers of the harborbox service."""

from __future__ import annotations


def render_tags(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)
