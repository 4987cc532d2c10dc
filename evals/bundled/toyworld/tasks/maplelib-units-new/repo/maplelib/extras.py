"""maplelib.extras: helpers of the maplelib service."""

from __future__ import annotations


def plural(word: str, count: int) -> str:
    """`word` for `count` things (English plural by adding "s")."""
    return word if count == 1 else word + "s"


def dedupe(items: list[str]) -> list[str]:
    """`items` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))
