import pytest

from lumenbox import ops


def test_custom():
    assert ops.join_names([1, "a", 2], glue=" | ") == "1 | a | 2"


def test_prints_nothing(capsys):
    ops.join_names(["x", "y"], glue="-")
    assert capsys.readouterr().out == ""
