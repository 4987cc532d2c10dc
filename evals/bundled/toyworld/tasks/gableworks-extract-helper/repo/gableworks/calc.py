"""gableworks.calc: helpers of the gableworks service."""

from __future__ import annotations


def distinct_teams(names: list[str]) -> list[str]:
    """The distinct teams in `names`, normalised, in first-seen order."""
    seen: list[str] = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key not in seen:
            seen.append(key)
    return seen
