import pytest

from stats import mean, median, value_range


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5


def test_median_odd():
    assert median([3, 1, 2]) == 2


def test_range():
    assert value_range([4, -1, 7]) == 8


@pytest.mark.parametrize("fn", [mean, median, value_range])
def test_empty(fn):
    with pytest.raises(ValueError):
        fn([])
