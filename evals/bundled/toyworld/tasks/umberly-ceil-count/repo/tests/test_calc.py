from umberly import calc


def test_rounds_up():
    assert calc.batch_count(31, 5) == 7
    assert calc.batch_count(1, 5) == 1
