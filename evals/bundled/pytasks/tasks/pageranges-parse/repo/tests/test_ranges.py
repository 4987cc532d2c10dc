import pytest

from pages import format_pages, parse_pages


def test_single_pages():
    assert parse_pages("5, 1,3") == [1, 3, 5]


def test_duplicates_removed():
    assert parse_pages("2,2") == [2]


@pytest.mark.parametrize("bad", ["", "0", "x", "1,,2"])
def test_bad(bad):
    with pytest.raises(ValueError):
        parse_pages(bad)


def test_format():
    assert format_pages([1, 2, 3, 5, 7, 8]) == "1-3,5,7-8"
