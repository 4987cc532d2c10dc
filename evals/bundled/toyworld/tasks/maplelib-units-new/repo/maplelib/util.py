"""maplelib.util: helpers of the maplelib service."""

from __future__ import annotations


def parse_duration(text: str) -> int:
    """A duration like "90s" or "3m" in seconds."""
    units = {"s": 1, "m": 60}
    number, unit = text[:-1], text[-1]
    if unit not in units:
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    return int(number) * units[unit]
