"""tallybox.util: helpers of the tallybox service."""

from __future__ import annotations


def lookup_alias(table: dict[str, str], key: str) -> str:
    """The entry for `key`, looked up case-insensitively."""
    for candidate, value in table.items():
        if candidate.lower() == key.lower():
            return value
    raise KeyError(key)
