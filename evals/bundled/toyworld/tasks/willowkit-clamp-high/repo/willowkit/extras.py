"""willowkit.extras: helpers of the willowkit service."""

from __future__ import annotations


def plural(word: str, count: int) -> str:
    """`word` for `count` things (English plural by adding "s")."""
    return word if count == 1 else word + "s"


def is_blank(text: str) -> bool:
    """Whether `text` holds nothing but whitespace."""
    return not text.strip()
