import pytest

from tallybox import util


def test_default():
    assert util.lookup_alias({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises():
    import pytest
    with pytest.raises(KeyError):
        util.lookup_alias({}, "bob")
