from larchworks import ops


def test_inside():
    assert ops.clamp_volume(5) == 5


def test_below():
    assert ops.clamp_volume(-8) == 2
