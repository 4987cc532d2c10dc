"""nimbuslib.support: helpers of the nimbuslib service."""

from __future__ import annotations


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(word: str, count: int) -> str:
    """`word` for `count` things (English plural by adding "s")."""
    return word if count == 1 else word + "s"
