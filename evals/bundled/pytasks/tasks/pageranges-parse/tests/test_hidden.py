import pytest

from pages import format_pages, parse_pages


def test_ranges():
    assert parse_pages("1-3,5,7-9") == [1, 2, 3, 5, 7, 8, 9]


def test_overlap_and_spaces():
    assert parse_pages(" 3 , 1 - 3 ") == [1, 2, 3]


def test_single_page_range():
    assert parse_pages("4-4") == [4]


@pytest.mark.parametrize("bad", ["5-3", "0-2", "1-", "-2", "1-2-3", "a-b"])
def test_bad_ranges(bad):
    with pytest.raises(ValueError):
        parse_pages(bad)


def test_round_trip():
    pages = [1, 2, 3, 6, 9, 10, 11, 20]
    assert parse_pages(format_pages(pages)) == pages
