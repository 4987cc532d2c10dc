from intervals import merge, total_length


def test_overlapping():
    assert merge([(1, 4), (2, 6)]) == [(1, 6)]


def test_disjoint_and_unsorted():
    assert merge([(5, 6), (1, 2)]) == [(1, 2), (5, 6)]


def test_contained():
    assert merge([(1, 10), (2, 3)]) == [(1, 10)]


def test_empty():
    assert merge([]) == []


def test_total_length():
    assert total_length([(0, 2), (1, 3), (10, 11)]) == 4
