from umberlib import support


def test_is_blank():
    assert support.is_blank(" \n") and not support.is_blank(" x ")


def test_dedupe():
    assert support.dedupe(["b", "a", "b"]) == ["b", "a"]
