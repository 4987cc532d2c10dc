from orchidly import support


def test_initials():
    assert support.initials("ada lovelace") == "AL"


def test_ordinal():
    assert support.ordinal(1) == "1st"
    assert support.ordinal(4) == "4th"
