import pytest

from orchidlib import ops


def test_new_unit():
    assert ops.parse_duration("5d") == 432000
