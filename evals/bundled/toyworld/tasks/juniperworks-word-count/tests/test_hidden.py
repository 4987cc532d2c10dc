import pytest

from juniperworks import util


def test_spaces():
    assert util.token_total("  one   two\nthree ") == 3


def test_empty():
    assert util.token_total("") == 0
