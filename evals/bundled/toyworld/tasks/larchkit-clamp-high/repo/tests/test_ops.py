from larchkit import ops, fast, compat


def test_inside_ops():
    assert ops.clamp_level(6) == 6


def test_below_ops():
    assert ops.clamp_level(-7) == 3


def test_inside_fast():
    assert fast.clamp_level(6) == 6


def test_below_fast():
    assert fast.clamp_level(-7) == 3


def test_inside_compat():
    assert compat.clamp_level(6) == 6


def test_below_compat():
    assert compat.clamp_level(-7) == 3
