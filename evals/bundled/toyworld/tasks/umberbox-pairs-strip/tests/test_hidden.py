import pytest

from umberbox import text


def test_spaces():
    assert text.read_options(" region = x | b=2 ") == {"region": "x", "b": "2"}
