from yarrowworks import core


def test_simple():
    assert core.token_total("one two three") == 3
