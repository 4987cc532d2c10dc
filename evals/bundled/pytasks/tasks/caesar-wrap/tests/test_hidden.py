import pytest

from ciphers import decode, encode


def test_wraps():
    assert encode("xyz", 3) == "abc"
    assert encode("XYZ", 3) == "ABC"


def test_negative_and_large_shifts():
    assert encode("abc", -1) == "zab"
    assert encode("Hello", 26 * 3 + 1) == "Ifmmp"


def test_non_ascii_untouched():
    assert encode("é ß 9", 4) == "é ß 9"


@pytest.mark.parametrize("shift", [-30, -1, 0, 13, 25, 52])
def test_round_trip(shift):
    text = "The Quick Brown Fox, 1234!"
    assert decode(encode(text, shift), shift) == text
