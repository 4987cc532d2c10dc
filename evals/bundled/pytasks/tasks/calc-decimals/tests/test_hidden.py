import pytest

from calc import Token, TokenizeError, evaluate, tokenize


def test_decimal_token():
    assert tokenize("3.14") == [Token("NUMBER", 3.14)]


def test_int_stays_int():
    token = tokenize("10")[0]
    assert token.value == 10 and isinstance(token.value, int)


def test_decimal_arithmetic():
    assert evaluate("0.5 * 4") == pytest.approx(2.0)
    assert evaluate("10.25 - 0.25") == pytest.approx(10.0)


def test_two_points():
    with pytest.raises(TokenizeError):
        tokenize("1.2.3")
