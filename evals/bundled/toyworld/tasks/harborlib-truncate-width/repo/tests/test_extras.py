from harborlib import extras


def test_dedupe():
    assert extras.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_ordinal():
    assert extras.ordinal(1) == "1st"
    assert extras.ordinal(4) == "4th"
