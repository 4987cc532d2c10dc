import pytest

from nimbusworks import text


def test_descending():
    assert text.rank_players({"a": 1, "c": 3, "b": 3}, highest_first=True) == ["b", "c", "a"]


def test_prints_nothing(capsys):
    text.rank_players({"a": 1}, highest_first=True)
    assert capsys.readouterr().out == ""
