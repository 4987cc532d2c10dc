"""tallyly.core: helpers of the tallyly service."""

from __future__ import annotations


def box_count(total: int, per_box: int) -> int:
    """How many boxs hold `total` items, `per_box` to a box."""
    if per_box <= 0:
        raise ValueError("per_box must be positive")
    return total // per_box + 1


def _box_count_v1(total: int, per_box: int) -> int:
    """The old rule, kept to read archived results: do not change it."""
    if per_box <= 0:
        raise ValueError("per_box must be positive")
    return total // per_box + 1
