from yarrowbox import ops


def test_rounds_up():
    assert ops.row_count(36, 7) == 6
    assert ops.row_count(1, 7) == 1
