"""Combining configuration layers."""

from typing import Any


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`base` with the values of `override` on top."""
    return {**base, **override}


def merge_all(*layers: dict[str, Any]) -> dict[str, Any]:
    """Merge layers from lowest to highest priority."""
    result: dict[str, Any] = {}
    for layer in layers:
        result = merge(result, layer)
    return result
