import pytest

from gablely import core, legacy, compat


def test_default_core():
    assert core.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_core():
    import pytest
    with pytest.raises(KeyError):
        core.get_entry({}, "bob")


def test_default_legacy():
    assert legacy.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_legacy():
    import pytest
    with pytest.raises(KeyError):
        legacy.get_entry({}, "bob")


def test_default_compat():
    assert compat.get_entry({"Ann": "1"}, "bob", default="?") == "?"


def test_still_raises_compat():
    import pytest
    with pytest.raises(KeyError):
        compat.get_entry({}, "bob")


def test_prints_nothing_core(capsys):
    core.get_entry({}, "x", default="y")
    assert capsys.readouterr().out == ""


def test_prints_nothing_legacy(capsys):
    legacy.get_entry({}, "x", default="y")
    assert capsys.readouterr().out == ""


def test_prints_nothing_compat(capsys):
    compat.get_entry({}, "x", default="y")
    assert capsys.readouterr().out == ""
