from intervals import merge, total_length


def test_touching_merge():
    assert merge([(1, 3), (3, 5)]) == [(1, 5)]


def test_chain_of_touching():
    assert merge([(4, 6), (0, 2), (2, 4)]) == [(0, 6)]


def test_gap_stays():
    assert merge([(1, 2), (2.5, 3)]) == [(1, 2), (2.5, 3)]


def test_total_length_touching():
    assert total_length([(0, 1), (1, 2)]) == 2
