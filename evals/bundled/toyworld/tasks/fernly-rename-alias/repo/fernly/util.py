"""fernly.util: helpers of the fernly service."""

from __future__ import annotations


def do_coveragepercent(part: float, whole: float) -> float:
    """`part` as a percentage of `whole` to 1 decimal places; 0.0 if whole is 0."""
    return round(100 * part / whole, 1) if whole else 0.0
