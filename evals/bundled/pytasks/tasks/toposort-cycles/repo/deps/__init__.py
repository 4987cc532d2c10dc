"""Dependency ordering."""

from deps.order import build_order

__all__ = ["build_order"]
