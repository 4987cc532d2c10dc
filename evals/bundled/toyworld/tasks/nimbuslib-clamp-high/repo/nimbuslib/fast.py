"""nimbuslib.fast: helpers of the nimbuslib service."""

from __future__ import annotations


def clamp_volume(value: float, low: float = 3, high: float = 60) -> float:
    """`value` limited to the range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low
