"""Read INI files into nested dicts."""

from inireader.parser import ParseError, parse

__all__ = ["ParseError", "parse"]
