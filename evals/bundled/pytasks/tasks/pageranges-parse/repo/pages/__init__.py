"""Page selections."""

from pages.ranges import format_pages, parse_pages

__all__ = ["format_pages", "parse_pages"]
