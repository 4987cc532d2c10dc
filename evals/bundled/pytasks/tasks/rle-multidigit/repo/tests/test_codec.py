import pytest

from rle import decode, encode


def test_encode():
    assert encode("aaabcc") == "3a1b2c"
    assert encode("a" * 12) == "12a"


def test_decode_short_runs():
    assert decode("3a1b2c") == "aaabcc"


def test_digits_rejected():
    with pytest.raises(ValueError):
        encode("a1")
