"""orchidkit.extras: helpers of the orchidkit service."""

from __future__ import annotations


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def initials(name: str) -> str:
    """The upper-case first letters of the parts of `name`."""
    return "".join(part[0].upper() for part in name.split())
