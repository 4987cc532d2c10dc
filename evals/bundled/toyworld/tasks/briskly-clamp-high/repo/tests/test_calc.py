from briskly import calc


def test_inside():
    assert calc.clamp_score(5) == 5


def test_below():
    assert calc.clamp_score(-8) == 2
