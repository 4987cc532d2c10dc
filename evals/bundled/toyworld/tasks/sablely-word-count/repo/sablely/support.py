"""sablely.support: helpers of the sablely service."""

from __future__ import annotations


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def dedupe(items: list[str]) -> list[str]:
    """`items` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))
