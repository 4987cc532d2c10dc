import pytest

from briskly import calc


def test_above():
    assert calc.clamp_score(41) == 34


def test_above_custom():
    assert calc.clamp_score(100, 0, 10) == 10
