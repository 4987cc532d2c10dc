from stats import median


def test_median_even():
    assert median([1, 2, 3, 4]) == 2.5
    assert median([4, 1]) == 2.5
    assert median([5, 5, 1, 9]) == 5


def test_input_not_modified():
    data = [3, 1, 2]
    median(data)
    assert data == [3, 1, 2]


def test_tuple_input():
    assert median((9, 1, 5)) == 5
