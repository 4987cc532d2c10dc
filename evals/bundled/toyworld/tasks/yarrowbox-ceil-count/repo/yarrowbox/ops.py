"""yarrowbox.ops: helpers of the yarrowbox service."""

from __future__ import annotations


def row_count(total: int, per_row: int) -> int:
    """How many rows hold `total` items, `per_row` to a row."""
    if per_row <= 0:
        raise ValueError("per_row must be positive")
    return total // per_row + 1
