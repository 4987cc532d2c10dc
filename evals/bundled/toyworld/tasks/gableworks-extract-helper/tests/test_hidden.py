import pytest

from gableworks import calc


def test_helper():
    assert calc.canonical_name("  Ann   LEE ") == "ann lee"


def test_still_distinct():
    assert calc.distinct_teams(["X", " x "]) == ["x"]
