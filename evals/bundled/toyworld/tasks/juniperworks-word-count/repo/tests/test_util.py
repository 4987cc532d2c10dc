from juniperworks import util


def test_simple():
    assert util.token_total("one two three") == 3
