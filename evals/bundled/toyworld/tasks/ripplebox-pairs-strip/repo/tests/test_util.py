from ripplebox import util


def test_plain():
    assert util.parse_pairs("a=1|b=2") == {"a": "1", "b": "2"}


def test_empty():
    assert util.parse_pairs("") == {}
