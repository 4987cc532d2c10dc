import pytest

from bits import BitSet


def make(*numbers):
    return BitSet.from_iterable(numbers)


def test_len_and_eq():
    assert len(make(1, 2, 3)) == 3
    assert len(BitSet()) == 0
    assert make(1, 2) == make(2, 1)
    assert make(1) != make(2)
    assert BitSet().__eq__({1}) is NotImplemented


def test_operators():
    a, b = make(1, 2, 3), make(3, 4)
    assert list(a | b) == [1, 2, 3, 4]
    assert list(a & b) == [3]
    assert list(a - b) == [1, 2]
    assert list(a ^ b) == [1, 2, 4]
    assert list(a) == [1, 2, 3] and list(b) == [3, 4]


def test_subset():
    assert make(1, 2).issubset(make(1, 2, 3))
    assert make(1, 2) <= make(1, 2)
    assert not make(0, 9) <= make(9)


def test_negative_rejected():
    bits = make(1)
    with pytest.raises(ValueError):
        bits.add(-1)
    assert list(bits) == [1]


def test_repr():
    assert repr(make(5, 1)) == "BitSet([1, 5])"
    assert repr(BitSet()) == "BitSet([])"
