from lumenlib import support


def test_plural():
    assert support.plural("cat", 2) == "cats"
    assert support.plural("cat", 1) == "cat"


def test_initials():
    assert support.initials("ada lovelace") == "AL"
