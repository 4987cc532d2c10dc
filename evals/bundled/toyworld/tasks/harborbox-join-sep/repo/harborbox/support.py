"""harborbox.support: helpers of the harborbox service."""

from __future__ import annotations


def is_blank(text: str) -> bool:
    """Whether `text` holds nothing but whitespace."""
    return not text.strip()


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
