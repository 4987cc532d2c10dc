import pytest

from umberly import calc


def test_exact_fill():
    assert calc.batch_count(30, 5) == 6


def test_nothing():
    assert calc.batch_count(0, 5) == 0
