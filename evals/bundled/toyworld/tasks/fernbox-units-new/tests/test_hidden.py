import pytest

from fernbox import ops


def test_new_unit():
    assert ops.parse_distance("4n") == 7408
