from fernly import util


def test_half():
    assert util.do_coveragepercent(1, 2) == 50.0
