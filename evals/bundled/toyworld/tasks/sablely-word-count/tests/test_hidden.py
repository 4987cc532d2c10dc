import pytest

from sablely import text


def test_spaces():
    assert text.count_words("  one   two\nthree ") == 3


def test_empty():
    assert text.count_words("") == 0
