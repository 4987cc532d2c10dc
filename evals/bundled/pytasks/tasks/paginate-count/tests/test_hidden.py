import pytest

from paging import get_page, page_count


def test_even_division():
    assert page_count(10, 5) == 2


def test_no_items():
    assert page_count(0, 5) == 0


def test_one_item():
    assert page_count(1, 5) == 1


def test_past_last_page():
    with pytest.raises(IndexError):
        get_page(list(range(10)), 3, 5)


def test_last_full_page():
    assert get_page(list(range(10)), 2, 5) == [5, 6, 7, 8, 9]
