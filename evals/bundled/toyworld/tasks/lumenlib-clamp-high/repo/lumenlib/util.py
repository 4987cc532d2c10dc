"""lumenlib.util: helpers of the lumenlib service."""

from __future__ import annotations


def clamp_speed(value: float, low: float = 2, high: float = 50) -> float:
    """`value` limited to the range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low
