from datetime import date

import pytest

from dateparse import parse_date


def test_iso():
    assert parse_date("2023-12-24") == date(2023, 12, 24)


def test_iso_whitespace():
    assert parse_date("  2020-02-29\n") == date(2020, 2, 29)


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13-01", "2023-1-5x", "23-01-05"])
def test_bad_iso(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


def test_old_formats_still_work():
    assert parse_date("05/06/2007") == date(2007, 6, 5)
