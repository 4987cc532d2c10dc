"""Single-line CSV handling."""

from csvline.line import join_line, split_line

__all__ = ["join_line", "split_line"]
