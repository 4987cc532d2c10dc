"""cobaltworks.batch: helpers of the cobaltworks service."""

from __future__ import annotations


def tray_count(total: int, per_tray: int) -> int:
    """How many trays hold `total` items, `per_tray` to a tray."""
    if per_tray <= 0:
        raise ValueError("per_tray must be positive")
    return total // per_tray + 1
