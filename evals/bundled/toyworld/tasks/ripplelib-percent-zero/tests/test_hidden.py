import pytest

from ripplelib import util


def test_zero_whole():
    assert util.coverage_percent(0, 0) == 0.0
    assert util.coverage_percent(3, 0) == 0.0
