import pytest

from ripplebox import util


def test_spaces():
    assert util.parse_pairs(" mode = x | b=2 ") == {"mode": "x", "b": "2"}
