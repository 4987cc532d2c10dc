"""Pagination helpers."""

from paging.paginate import get_page, page_count

__all__ = ["get_page", "page_count"]
