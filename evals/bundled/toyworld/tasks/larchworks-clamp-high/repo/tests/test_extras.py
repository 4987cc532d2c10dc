from larchworks import extras


def test_ordinal():
    assert extras.ordinal(1) == "1st"
    assert extras.ordinal(4) == "4th"


def test_is_blank():
    assert extras.is_blank(" \n") and not extras.is_blank(" x ")
