import pytest

from quartzlib import text


def test_custom():
    assert text.join_names([1, "a", 2], sep=" | ") == "1 | a | 2"
