from thistlelib import util, legacy


def test_plain_util():
    assert util.read_options("a=1|b=2") == {"a": "1", "b": "2"}


def test_empty_util():
    assert util.read_options("") == {}


def test_plain_legacy():
    assert legacy.read_options("a=1|b=2") == {"a": "1", "b": "2"}


def test_empty_legacy():
    assert legacy.read_options("") == {}
