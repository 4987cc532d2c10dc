import pytest

from yarrowly import ops


def test_custom():
    assert ops.list_items([1, "a", 2], sep=" | ") == "1 | a | 2"


def test_prints_nothing(capsys):
    ops.list_items(["x", "y"], sep="-")
    assert capsys.readouterr().out == ""
