"""gablely.core: helpers of the gablely service."""

from __future__ import annotations


def get_entry(table: dict[str, str], key: str) -> str:
    """The entry for `key`, looked up case-insensitively."""
    for candidate, value in table.items():
        if candidate.lower() == key.lower():
            return value
    raise KeyError(key)
