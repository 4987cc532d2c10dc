import pytest

from yarrowworks import core


def test_spaces():
    assert core.token_total("  one   two\nthree ") == 3


def test_empty():
    assert core.token_total("") == 0
