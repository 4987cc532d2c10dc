import pytest

from cronlite import parse_field


def test_star():
    assert parse_field("*", 1, 5) == [1, 2, 3, 4, 5]


def test_list():
    assert parse_field("30,1,15,1", 0, 59) == [1, 15, 30]


@pytest.mark.parametrize("bad", ["60", "x", "", "1,,2"])
def test_bad(bad):
    with pytest.raises(ValueError):
        parse_field(bad, 0, 59)
