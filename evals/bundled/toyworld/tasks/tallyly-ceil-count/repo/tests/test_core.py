from tallyly import core


def test_rounds_up():
    assert core.box_count(21, 5) == 5
    assert core.box_count(1, 5) == 1
