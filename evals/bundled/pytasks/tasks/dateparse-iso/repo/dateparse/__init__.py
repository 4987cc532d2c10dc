"""Lenient date parsing."""

from dateparse.parse import parse_date

__all__ = ["parse_date"]
