from orchidbox import calc, fast


def test_inside_calc():
    assert calc.clamp_weight(6) == 6


def test_below_calc():
    assert calc.clamp_weight(-7) == 3


def test_inside_fast():
    assert fast.clamp_weight(6) == 6


def test_below_fast():
    assert fast.clamp_weight(-7) == 3
