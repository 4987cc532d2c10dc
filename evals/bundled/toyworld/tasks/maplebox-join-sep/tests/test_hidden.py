import pytest

from maplebox import text


def test_custom():
    assert text.list_items([1, "a", 2], glue=" | ") == "1 | a | 2"
