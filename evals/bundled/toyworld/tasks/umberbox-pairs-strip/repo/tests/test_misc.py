from umberbox import misc


def test_initials():
    assert misc.initials("ada lovelace") == "AL"


def test_is_blank():
    assert misc.is_blank(" \n") and not misc.is_blank(" x ")
