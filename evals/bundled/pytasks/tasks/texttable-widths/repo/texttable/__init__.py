"""Plain-text tables."""

from texttable.render import render_table

__all__ = ["render_table"]
