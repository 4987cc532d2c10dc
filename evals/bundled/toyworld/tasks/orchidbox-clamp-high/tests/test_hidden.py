import pytest

from orchidbox import calc, fast


def test_above_calc():
    assert calc.clamp_weight(33) == 26


def test_above_custom_calc():
    assert calc.clamp_weight(100, 0, 10) == 10


def test_above_fast():
    assert fast.clamp_weight(33) == 26


def test_above_custom_fast():
    assert fast.clamp_weight(100, 0, 10) == 10
