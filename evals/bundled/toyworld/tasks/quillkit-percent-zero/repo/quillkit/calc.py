"""quillkit.calc: helpers of the quillkit service."""

from __future__ import annotations


def progress_percent(part: float, whole: float) -> float:
    """`part` as a percentage of `whole` to 2 decimal places; 0.0 if whole is 0."""
    return round(100 * part / whole, 2)


def _progress_percent_v1(part: float, whole: float) -> float:
    """The old rule, kept to read archived results: do not change it."""
    return round(100 * part / whole, 2)
