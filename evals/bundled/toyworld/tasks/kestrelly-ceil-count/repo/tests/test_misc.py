from kestrelly import misc


def test_initials():
    assert misc.initials("ada lovelace") == "AL"


def test_dedupe():
    assert misc.dedupe(["b", "a", "b"]) == ["b", "a"]


def test_initials_edge_case():
    assert misc.initials("jean-luc picard") == "JLP"
