"""harborlib.calc: helpers of the harborlib service."""

from __future__ import annotations


def clip_title(text: str, width: int) -> str:
    """`text` cut to at most `width` characters, ending in "~" when cut."""
    if len(text) <= width:
        return text
    return text[:width] + "~"
