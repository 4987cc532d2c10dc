import pytest

from yarrowlib import util


def test_custom():
    assert util.join_names([1, "a", 2], sep=" | ") == "1 | a | 2"


def test_prints_nothing(capsys):
    util.join_names(["x", "y"], sep="-")
    assert capsys.readouterr().out == ""
