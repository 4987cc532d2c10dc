"""thistlekit.extras: helpers of the thistlekit service."""

from __future__ import annotations


def dedupe(items: list[str]) -> list[str]:
    """`items` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def plural(word: str, count: int) -> str:
    """`word` for `count` things (English plural by adding "s")."""
    return word if count == 1 else word + "s"
