import pytest

from cronlite import parse_field


@pytest.mark.parametrize("text,low,high,expected", [
    ("1-5", 0, 59, [1, 2, 3, 4, 5]),
    ("*/15", 0, 59, [0, 15, 30, 45]),
    ("*/5", 1, 12, [1, 6, 11]),
    ("10-30/10", 0, 59, [10, 20, 30]),
    ("1-3,*/20", 0, 59, [0, 1, 2, 3, 20, 40]),
    ("5-5", 0, 59, [5]),
    ("0-6/4,3", 0, 6, [0, 3, 4]),
])
def test_expand(text, low, high, expected):
    assert parse_field(text, low, high) == expected


@pytest.mark.parametrize("bad", ["5-1", "1-", "-3", "*/", "*/0", "1-70", "2-4/x", "1/2/3"])
def test_bad(bad):
    with pytest.raises(ValueError):
        parse_field(bad, 0, 59)
