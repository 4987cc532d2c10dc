import pytest

from paging import get_page, page_count


def test_partial_last_page():
    assert page_count(11, 5) == 3
    assert get_page(list(range(11)), 3, 5) == [10]


def test_first_page():
    assert get_page(list("abcdef"), 1, 4) == ["a", "b", "c", "d"]


def test_page_zero():
    with pytest.raises(IndexError):
        get_page([1, 2], 0, 1)


def test_per_page_checked():
    with pytest.raises(ValueError):
        page_count(3, 0)
