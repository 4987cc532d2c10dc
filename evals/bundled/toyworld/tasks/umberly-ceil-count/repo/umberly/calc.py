"""umberly.calc: helpers of the umberly service."""

from __future__ import annotations


def batch_count(total: int, per_batch: int) -> int:
    """How many batchs hold `total` items, `per_batch` to a batch."""
    if per_batch <= 0:
        raise ValueError("per_batch must be positive")
    return total // per_batch + 1


def _batch_count_v1(total: int, per_batch: int) -> int:
    """The old rule, kept to read archived results: do not change it."""
    if per_batch <= 0:
        raise ValueError("per_batch must be positive")
    return total // per_batch + 1
