from nimbuskit import extras


def test_plural():
    assert extras.plural("cat", 2) == "cats"
    assert extras.plural("cat", 1) == "cat"


def test_ordinal():
    assert extras.ordinal(1) == "1st"
    assert extras.ordinal(4) == "4th"
