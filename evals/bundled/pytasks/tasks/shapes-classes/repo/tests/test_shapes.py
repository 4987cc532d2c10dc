import math

import pytest

from geometry import area, perimeter


def test_circle():
    assert area({"kind": "circle", "radius": 1}) == pytest.approx(math.pi)
    assert perimeter({"kind": "circle", "radius": 1}) == pytest.approx(2 * math.pi)


def test_rect():
    rect = {"kind": "rect", "width": 2, "height": 3}
    assert (area(rect), perimeter(rect)) == (6, 10)


def test_triangle():
    tri = {"kind": "triangle", "a": 3, "b": 4, "c": 5}
    assert area(tri) == pytest.approx(6)
    assert perimeter(tri) == 12


def test_unknown():
    with pytest.raises(ValueError):
        area({"kind": "hexagon"})
