from lumenbox import extras


def test_plural():
    assert extras.plural("cat", 2) == "cats"
    assert extras.plural("cat", 1) == "cat"


def test_is_blank():
    assert extras.is_blank(" \n") and not extras.is_blank(" x ")
