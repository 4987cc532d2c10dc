import pytest

from thistlelib import util, legacy


def test_spaces_util():
    assert util.read_options(" region = x | b=2 ") == {"region": "x", "b": "2"}


def test_spaces_legacy():
    assert legacy.read_options(" region = x | b=2 ") == {"region": "x", "b": "2"}
