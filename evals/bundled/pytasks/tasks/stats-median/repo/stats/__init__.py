"""Descriptive statistics."""

from stats.describe import mean, median, value_range

__all__ = ["mean", "median", "value_range"]
