"""Validation helpers."""

from validators.email import chk_email

__all__ = ["chk_email"]
