import pytest

from juniperkit import core


def test_new_unit():
    assert core.parse_size("6m") == 6291456
