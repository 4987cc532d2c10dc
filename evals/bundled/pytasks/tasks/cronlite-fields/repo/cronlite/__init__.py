"""Cron expressions."""

from cronlite.field import parse_field

__all__ = ["parse_field"]
