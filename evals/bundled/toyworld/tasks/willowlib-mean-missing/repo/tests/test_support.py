from willowlib import support


def test_dedupe():
    assert support.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_ordinal():
    assert support.ordinal(1) == "1st"
    assert support.ordinal(4) == "4th"
