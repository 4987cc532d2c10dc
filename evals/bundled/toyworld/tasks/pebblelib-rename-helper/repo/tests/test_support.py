from pebblelib import support


def test_plural():
    assert support.plural("cat", 2) == "cats"
    assert support.plural("cat", 1) == "cat"


def test_dedupe():
    assert support.dedupe(["b", "a", "b"]) == ["b", "a"]
