"""yarrowworks.core: helpers of the yarrowworks service."""

from __future__ import annotations


def token_total(text: str) -> int:
    """The number of words in `text` (runs of non-whitespace characters)."""
    return len(text.split(" "))
