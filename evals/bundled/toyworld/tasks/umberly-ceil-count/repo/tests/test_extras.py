from umberly import extras


def test_plural():
    assert extras.plural("cat", 2) == "cats"
    assert extras.plural("cat", 1) == "cat"


def test_dedupe():
    assert extras.dedupe(["b", "a", "b"]) == ["b", "a"]
