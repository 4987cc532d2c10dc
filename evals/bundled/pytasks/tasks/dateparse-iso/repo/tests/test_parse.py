from datetime import date

import pytest

from dateparse import parse_date


def test_slashes():
    assert parse_date("24/12/2023") == date(2023, 12, 24)


def test_dots_and_whitespace():
    assert parse_date(" 1.2.2020 ") == date(2020, 2, 1)


def test_mixed_separators_rejected():
    with pytest.raises(ValueError):
        parse_date("1/2.2020")


def test_impossible_day():
    with pytest.raises(ValueError):
        parse_date("31/04/2021")
