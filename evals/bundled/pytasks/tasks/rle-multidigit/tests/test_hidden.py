import pytest

from rle import decode, encode


def test_long_runs():
    assert decode("12a") == "a" * 12
    assert decode("10x1y100z") == "x" * 10 + "y" + "z" * 100


@pytest.mark.parametrize("text", ["", "a", "a" * 10 + "b" * 9 + "c" * 123, "hello  world"])
def test_round_trip(text):
    assert decode(encode(text)) == text


@pytest.mark.parametrize("bad", ["12", "a", "0a", "3a4"])
def test_malformed(bad):
    with pytest.raises(ValueError):
        decode(bad)
