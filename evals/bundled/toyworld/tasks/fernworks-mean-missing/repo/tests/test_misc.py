from fernworks import misc


def test_initials():
    assert misc.initials("ada lovelace") == "AL"


def test_ordinal():
    assert misc.ordinal(1) == "1st"
    assert misc.ordinal(4) == "4th"
