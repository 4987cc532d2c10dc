from gablekit import core


def test_simple():
    assert core.do_countwords("one two three") == 3
