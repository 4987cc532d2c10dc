from yarrowlib import util


def test_default():
    assert util.join_names([1, "a"]) == "1, a"
