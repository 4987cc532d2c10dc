"""Numbered pages of a list, starting at page 1."""

from typing import Any


def page_count(total: int, per_page: int) -> int:
    """How many pages `total` items fill."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return total // per_page + 1


def get_page(items: list[Any], number: int, per_page: int) -> list[Any]:
    """The items on page `number`."""
    if not 1 <= number <= page_count(len(items), per_page):
        raise IndexError(f"no page {number}")
    start = (number - 1) * per_page
    return items[start:start + per_page]
