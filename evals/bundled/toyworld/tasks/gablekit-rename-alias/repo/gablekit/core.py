"""gablekit.core: helpers of the gablekit service."""

from __future__ import annotations


def do_countwords(text: str) -> int:
    """The number of words in `text` (runs of non-whitespace characters)."""
    return len(text.split())
