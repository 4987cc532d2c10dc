import pytest

from lumenlib import util


def test_above():
    assert util.clamp_speed(57) == 50


def test_above_custom():
    assert util.clamp_speed(100, 0, 10) == 10
