import math

import pytest

from geometry import Circle, Rectangle, Triangle, area, from_dict, perimeter


def test_classes():
    assert Circle(2).area() == pytest.approx(4 * math.pi)
    assert Rectangle(2, 5).perimeter() == 14
    assert Triangle(3, 4, 5).area() == pytest.approx(6)


def test_from_dict():
    assert isinstance(from_dict({"kind": "circle", "radius": 1}), Circle)
    assert isinstance(from_dict({"kind": "rect", "width": 1, "height": 2}), Rectangle)
    assert isinstance(from_dict({"kind": "triangle", "a": 2, "b": 2, "c": 3}), Triangle)


def test_unknown_kind_lists_valid():
    with pytest.raises(ValueError, match="circle"):
        from_dict({"kind": "hexagon"})


@pytest.mark.parametrize("make", [
    lambda: Circle(0), lambda: Rectangle(-1, 2), lambda: Triangle(1, 2, 10),
])
def test_invalid_sizes(make):
    with pytest.raises(ValueError):
        make()


def test_dict_functions_still_work():
    assert area({"kind": "rect", "width": 3, "height": 3}) == 9
    assert perimeter({"kind": "triangle", "a": 1, "b": 1, "c": 1}) == 3
