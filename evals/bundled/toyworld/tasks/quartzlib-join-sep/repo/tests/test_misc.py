from quartzlib import misc


def test_plural():
    assert misc.plural("cat", 2) == "cats"
    assert misc.plural("cat", 1) == "cat"


def test_dedupe():
    assert misc.dedupe(["b", "a", "b"]) == ["b", "a"]
