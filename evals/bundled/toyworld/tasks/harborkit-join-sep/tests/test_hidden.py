import pytest

from harborkit import core


def test_custom():
    assert core.render_tags([1, "a", 2], glue=" | ") == "1 | a | 2"


def test_prints_nothing(capsys):
    core.render_tags(["x", "y"], glue="-")
    assert capsys.readouterr().out == ""
