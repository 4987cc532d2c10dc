import pytest

from yarrowbox import ops


def test_exact_fill():
    assert ops.row_count(35, 7) == 5


def test_nothing():
    assert ops.row_count(0, 7) == 0
