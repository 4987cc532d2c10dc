import pytest

from calc import Token, TokenizeError, evaluate, tokenize


def test_tokenize_ints():
    assert tokenize("12 + 3") == [Token("NUMBER", 12), Token("OP", "+"), Token("NUMBER", 3)]


def test_bad_character():
    with pytest.raises(TokenizeError):
        tokenize("2 $ 3")


def test_evaluate_left_to_right():
    assert evaluate("1 + 2 * 3") == 9
