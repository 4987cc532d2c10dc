"""thistlelib.extras: helpers of the thistlelib service."""

from __future__ import annotations


def is_blank(text: str) -> bool:
    """Whether `text` holds nothing but whitespace."""
    return not text.strip()


def dedupe(items: list[str]) -> list[str]:
    """`items` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))
