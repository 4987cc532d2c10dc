import pytest

from zephyrkit import text


def test_spaces():
    assert text.parse_tags(" owner : x , b:2 ") == {"owner": "x", "b": "2"}
