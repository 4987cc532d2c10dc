"""sablely.text: helpers of the sablely service."""

from __future__ import annotations


def count_words(text: str) -> int:
    """The number of words in `text` (runs of non-whitespace characters)."""
    return len(text.split(" "))
