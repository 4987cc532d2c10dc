"""Small statistics helpers."""

from minicalc.stats import mean, median

__all__ = ["mean", "median"]
