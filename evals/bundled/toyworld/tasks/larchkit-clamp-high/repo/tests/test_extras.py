from larchkit import extras


def test_dedupe():
    assert extras.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_is_blank():
    assert extras.is_blank(" \n") and not extras.is_blank(" x ")
