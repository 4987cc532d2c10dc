from tallybox import util


def test_found():
    assert util.lookup_alias({"Ann": "1"}, "ann") == "1"
