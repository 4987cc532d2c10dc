import pytest

from larchlib import text, compat, legacy


def test_default_text():
    assert text.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_text():
    import pytest
    with pytest.raises(KeyError):
        text.get_entry({}, "bob")


def test_default_compat():
    assert compat.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_compat():
    import pytest
    with pytest.raises(KeyError):
        compat.get_entry({}, "bob")


def test_default_legacy():
    assert legacy.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_legacy():
    import pytest
    with pytest.raises(KeyError):
        legacy.get_entry({}, "bob")
