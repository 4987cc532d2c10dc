from juniperworks import misc


def test_plural():
    assert misc.plural("cat", 2) == "cats"
    assert misc.plural("cat", 1) == "cat"


def test_initials():
    assert misc.initials("ada lovelace") == "AL"
