"""willowworks.support: helpers of the willowworks service."""

from __future__ import annotations


def dedupe(items: list[str]) -> list[str]:
    """`items` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def initials(name: str) -> str:
    """The upper-case first letters of the parts of `name`."""
    return "".join(part[0].upper() for part in name.split())
