import pytest

from larchworks import ops


def test_above():
    assert ops.clamp_volume(30) == 23


def test_above_custom():
    assert ops.clamp_volume(100, 0, 10) == 10
