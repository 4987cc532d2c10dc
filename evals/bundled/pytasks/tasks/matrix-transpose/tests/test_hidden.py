from matrixlib import multiply, transpose


def test_transpose_wide():
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]


def test_transpose_tall():
    assert transpose([[1], [2], [3]]) == [[1, 2, 3]]


def test_transpose_empty():
    assert transpose([]) == []


def test_multiply_rectangular():
    assert multiply([[1, 2, 3]], [[1], [1], [1]]) == [[6]]
