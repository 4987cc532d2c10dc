from juniperkit import support


def test_dedupe():
    assert support.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_initials():
    assert support.initials("ada lovelace") == "AL"
