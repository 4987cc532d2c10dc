import pytest

from thistlely import ops


def test_spaces():
    assert ops.read_options(" mode : x ; b:2 ") == {"mode": "x", "b": "2"}
