from sablelib import misc


def test_plural():
    assert misc.plural("cat", 2) == "cats"
    assert misc.plural("cat", 1) == "cat"


def test_is_blank():
    assert misc.is_blank(" \n") and not misc.is_blank(" x ")


def test_plural_edge_case():
    assert misc.plural("box", 3) == "boxes"
