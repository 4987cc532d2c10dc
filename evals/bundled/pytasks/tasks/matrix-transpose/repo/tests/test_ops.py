from matrixlib import add, identity, multiply, transpose


def test_identity():
    assert identity(2) == [[1, 0], [0, 1]]


def test_add():
    assert add([[1, 2]], [[3, 4]]) == [[4, 6]]


def test_transpose_square():
    assert transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]


def test_multiply_square():
    assert multiply([[1, 2], [3, 4]], identity(2)) == [[1, 2], [3, 4]]
