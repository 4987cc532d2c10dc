from harborly import misc


def test_dedupe():
    assert misc.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_ordinal():
    assert misc.ordinal(1) == "1st"
    assert misc.ordinal(4) == "4th"
