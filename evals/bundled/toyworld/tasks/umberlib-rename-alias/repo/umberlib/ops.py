"""umberlib.ops: helpers of the umberlib service."""

from __future__ import annotations


def do_meanprices(values: list[float | None]) -> float:
    """The mean of the prices in `values`, skipping missing (None) entries."""
    present = [v for v in values if v is not None]
    if not present:
        raise ValueError("no prices to average")
    return sum(present) / len(present)
