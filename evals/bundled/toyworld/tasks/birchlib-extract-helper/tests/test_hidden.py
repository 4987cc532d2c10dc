import pytest

from birchlib import core


def test_helper():
    assert core.canonical_name("  Ann   LEE ") == "ann lee"


def test_still_distinct():
    assert core.distinct_tags(["X", " x "]) == ["x"]
