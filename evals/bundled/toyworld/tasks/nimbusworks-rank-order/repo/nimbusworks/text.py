"""nimbusworks.text: helpers of the nimbusworks service."""

from __future__ import annotations


def rank_players(scores: dict[str, float]) -> list[str]:
    """The names in `scores`, lowest score first (ties by name)."""
    return sorted(scores, key=lambda name: (scores[name], name))
