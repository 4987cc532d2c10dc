from ripplelib import util


def test_half():
    assert util.coverage_percent(1, 2) == 50.0
