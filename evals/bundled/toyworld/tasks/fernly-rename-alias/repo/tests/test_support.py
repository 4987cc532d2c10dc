from fernly import support


def test_initials():
    assert support.initials("ada lovelace") == "AL"


def test_is_blank():
    assert support.is_blank(" \n") and not support.is_blank(" x ")


def test_initials_edge_case():
    assert support.initials("jean-luc picard") == "JLP"
