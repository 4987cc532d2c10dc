from larchbox import support


def test_plural():
    assert support.plural("cat", 2) == "cats"
    assert support.plural("cat", 1) == "cat"


def test_is_blank():
    assert support.is_blank(" \n") and not support.is_blank(" x ")
