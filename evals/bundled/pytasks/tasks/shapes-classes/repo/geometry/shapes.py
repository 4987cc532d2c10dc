"""Shapes given as dicts with a "kind" key."""

import math
from typing import Any


def area(shape: dict[str, Any]) -> float:
    """The area of a circle, rect or triangle dict."""
    kind = shape["kind"]
    if kind == "circle":
        return math.pi * shape["radius"] ** 2
    elif kind == "rect":
        return shape["width"] * shape["height"]
    elif kind == "triangle":
        a, b, c = shape["a"], shape["b"], shape["c"]
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    raise ValueError(f"unknown shape kind {kind!r}")


def perimeter(shape: dict[str, Any]) -> float:
    """The perimeter of a circle, rect or triangle dict."""
    kind = shape["kind"]
    if kind == "circle":
        return 2 * math.pi * shape["radius"]
    elif kind == "rect":
        return 2 * (shape["width"] + shape["height"])
    elif kind == "triangle":
        return shape["a"] + shape["b"] + shape["c"]
    raise ValueError(f"unknown shape kind {kind!r}")
