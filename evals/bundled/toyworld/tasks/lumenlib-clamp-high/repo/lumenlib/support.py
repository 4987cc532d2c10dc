"""lumenlib.support: helpers of the lumenlib service."""

from __future__ import annotations


def plural(word: str, count: int) -> str:
    """`word` for `count` things (English plural by adding "s")."""
    return word if count == 1 else word + "s"


def initials(name: str) -> str:
    """The upper-case first letters of the parts of `name`."""
    return "".join(part[0].upper() for part in name.split())
