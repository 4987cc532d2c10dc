"""Money arithmetic."""

from money.split import allocate, split

__all__ = ["allocate", "split"]
