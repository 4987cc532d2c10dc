from cobaltworks import support


def test_plural():
    assert support.plural("cat", 2) == "cats"
    assert support.plural("cat", 1) == "cat"


def test_ordinal():
    assert support.ordinal(1) == "1st"
    assert support.ordinal(4) == "4th"


def test_plural_edge_case():
    assert support.plural("box", 3) == "boxes"
