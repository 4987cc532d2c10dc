from orchidbox import extras


def test_initials():
    assert extras.initials("ada lovelace") == "AL"


def test_plural():
    assert extras.plural("cat", 2) == "cats"
    assert extras.plural("cat", 1) == "cat"
