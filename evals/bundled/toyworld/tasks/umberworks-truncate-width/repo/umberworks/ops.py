"""umberworks.ops: helpers of the umberworks service."""

from __future__ import annotations


def truncate_label(text: str, width: int) -> str:
    """`text` cut to at most `width` characters, ending in "+" when cut."""
    if len(text) <= width:
        return text
    return text[:width] + "+"
