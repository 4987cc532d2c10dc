from sablelib import util


def test_short():
    assert util.truncate_label("abc", 14) == "abc"
