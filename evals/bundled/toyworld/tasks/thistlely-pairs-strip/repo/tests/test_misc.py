from thistlely import misc


def test_initials():
    assert misc.initials("ada lovelace") == "AL"


def test_plural():
    assert misc.plural("cat", 2) == "cats"
    assert misc.plural("cat", 1) == "cat"
