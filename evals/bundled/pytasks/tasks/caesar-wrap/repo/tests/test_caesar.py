from ciphers import decode, encode


def test_simple_shift():
    assert encode("abc", 1) == "bcd"


def test_punctuation_kept():
    assert encode("a b!", 2) == "c d!"


def test_decode():
    assert decode(encode("hello", 5), 5) == "hello"
