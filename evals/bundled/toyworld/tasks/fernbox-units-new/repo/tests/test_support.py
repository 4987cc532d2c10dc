from fernbox import support


def test_ordinal():
    assert support.ordinal(1) == "1st"
    assert support.ordinal(4) == "4th"


def test_is_blank():
    assert support.is_blank(" \n") and not support.is_blank(" x ")
