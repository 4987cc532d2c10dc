"""Matrices as lists of rows."""

from matrixlib.ops import add, identity, multiply, transpose

__all__ = ["add", "identity", "multiply", "transpose"]
