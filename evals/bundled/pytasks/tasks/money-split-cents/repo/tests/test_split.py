from decimal import Decimal

import pytest

from money import allocate, split


def test_even_split():
    assert split("90.00", 3) == [Decimal("30.00")] * 3


def test_allocate_even():
    assert allocate("10.00", [1, 4]) == [Decimal("2.00"), Decimal("8.00")]


@pytest.mark.parametrize("call", [
    lambda: split("1", 0), lambda: split("-1", 2),
    lambda: allocate("1", [0, 0]), lambda: allocate("1", [1, -1]),
])
def test_errors(call):
    with pytest.raises(ValueError):
        call()
