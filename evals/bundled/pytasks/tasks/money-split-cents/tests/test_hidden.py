from decimal import Decimal

import pytest

from money import allocate, split


def d(*values):
    return [Decimal(v) for v in values]


def test_split_remainder():
    assert split("100.00", 3) == d("33.34", "33.33", "33.33")


def test_split_small():
    assert split("0.02", 3) == d("0.01", "0.01", "0.00")


def test_allocate_examples():
    assert allocate("0.05", [3, 7]) == d("0.02", "0.03")
    assert allocate("10", [1, 1, 1]) == d("3.34", "3.33", "3.33")


@pytest.mark.parametrize("amount", ["0.01", "1.00", "99.99", "1234.57", "0.10"])
@pytest.mark.parametrize("n", [1, 2, 3, 7, 11])
def test_split_sums_exactly(amount, n):
    parts = split(amount, n)
    assert sum(parts) == Decimal(amount)
    assert max(parts) - min(parts) <= Decimal("0.01")
    assert all(p == p.quantize(Decimal("0.01")) for p in parts)


@pytest.mark.parametrize("ratios", [[1, 2], [3, 3, 3], [1, 0, 5], [7, 11, 13]])
def test_allocate_sums_exactly(ratios):
    for amount in ["0.07", "10.00", "333.33"]:
        assert sum(allocate(amount, ratios)) == Decimal(amount)
