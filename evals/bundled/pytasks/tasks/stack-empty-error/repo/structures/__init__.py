"""Small data structures."""

from structures.stack import EmptyStackError, Stack

__all__ = ["EmptyStackError", "Stack"]
