"""fernworks.text: helpers of the fernworks service."""

from __future__ import annotations


def mean_ratings(values: list[float | None]) -> float:
    """The mean of the ratings in `values`, skipping missing (None) entries."""
    present = [v for v in values if v is not None]
    if not present:
        raise ValueError("no ratings to average")
    return sum(present) / len(values)
