"""Basic matrix operations on lists of rows."""

Matrix = list[list[float]]


def identity(n: int) -> Matrix:
    """The n x n identity matrix."""
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def add(a: Matrix, b: Matrix) -> Matrix:
    """Element-wise sum of two matrices of the same shape."""
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def transpose(m: Matrix) -> Matrix:
    """Rows become columns."""
    return [[m[j][i] for j in range(len(m))] for i in range(len(m))]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """Matrix product a @ b."""
    columns = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]
