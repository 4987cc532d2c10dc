from bits import BitSet


def test_add_contains_iterate():
    bits = BitSet()
    for n in (5, 1, 5, 64):
        bits.add(n)
    assert list(bits) == [1, 5, 64]
    assert 5 in bits and 2 not in bits


def test_discard():
    bits = BitSet()
    bits.add(3)
    bits.discard(3)
    bits.discard(7)
    assert list(bits) == []
