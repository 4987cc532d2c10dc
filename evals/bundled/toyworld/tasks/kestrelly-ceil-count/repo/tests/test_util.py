from kestrelly import util, compat, fast


def test_rounds_up_util():
    assert util.row_count(17, 8) == 3
    assert util.row_count(1, 8) == 1


def test_rounds_up_compat():
    assert compat.row_count(17, 8) == 3
    assert compat.row_count(1, 8) == 1


def test_rounds_up_fast():
    assert fast.row_count(17, 8) == 3
    assert fast.row_count(1, 8) == 1
