"""A tiny Markdown renderer."""

from mdlite.render import render

__all__ = ["render"]
