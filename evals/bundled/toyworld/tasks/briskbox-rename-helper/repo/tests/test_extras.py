from briskbox import extras


def test_initials():
    assert extras.initials("ada lovelace") == "AL"


def test_ordinal():
    assert extras.ordinal(1) == "1st"
    assert extras.ordinal(4) == "4th"
