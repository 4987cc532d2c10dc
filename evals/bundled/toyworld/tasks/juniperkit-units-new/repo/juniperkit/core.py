"""juniperkit.core: helpers of the juniperkit service."""

from __future__ import annotations


def parse_size(text: str) -> int:
    """A size like "90b" or "3k" in bytes."""
    units = {"b": 1, "k": 1024}
    number, unit = text[:-1], text[-1]
    if unit not in units:
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    return int(number) * units[unit]
