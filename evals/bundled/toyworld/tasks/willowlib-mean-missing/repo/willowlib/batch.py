"""willowlib.batch: helpers of the willowlib service."""

from __future__ import annotations


def mean_scores(values: list[float | None]) -> float:
    """The mean of the scores in `values`, skipping missing (None) entries."""
    present = [v for v in values if v is not None]
    if not present:
        raise ValueError("no scores to average")
    return sum(present) / len(values)
