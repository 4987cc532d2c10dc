import pytest

from tallyly import core


def test_exact_fill():
    assert core.box_count(20, 5) == 4


def test_nothing():
    assert core.box_count(0, 5) == 0
