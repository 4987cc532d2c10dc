"""ripplelib.util: helpers of the ripplelib service."""

from __future__ import annotations


def coverage_percent(part: float, whole: float) -> float:
    """`part` as a percentage of `whole` to 1 decimal places; 0.0 if whole is 0."""
    return round(100 * part / whole, 1)


def _coverage_percent_v1(part: float, whole: float) -> float:
    """The old rule, kept to read archived results: do not change it."""
    return round(100 * part / whole, 1)
