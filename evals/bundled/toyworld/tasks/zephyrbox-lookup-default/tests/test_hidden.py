import pytest

from zephyrbox import text


def test_default():
    assert text.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises():
    import pytest
    with pytest.raises(KeyError):
        text.get_entry({}, "bob")
