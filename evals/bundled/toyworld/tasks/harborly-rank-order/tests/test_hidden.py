import pytest

from harborly import core


def test_descending():
    assert core.sort_entries({"a": 1, "c": 3, "b": 3}, reverse=True) == ["b", "c", "a"]
