import pytest

from thistlekit import ops


def test_spaces():
    assert ops.read_options(" color : x & b:2 ") == {"color": "x", "b": "2"}
