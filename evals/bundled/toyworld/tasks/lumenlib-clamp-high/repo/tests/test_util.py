from lumenlib import util


def test_inside():
    assert util.clamp_speed(5) == 5


def test_below():
    assert util.clamp_speed(-8) == 2
