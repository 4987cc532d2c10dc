import pytest

from calc import evaluate, tokenize


def test_tokens():
    assert tokenize("12+(3)") == [12, "+", "(", 3, ")"]


@pytest.mark.parametrize("text,value", [
    ("7", 7), ("1 + 2", 3), ("10 - 4 - 3", 3), ("2 * 3", 6), ("8 / 2 / 2", 2.0),
])
def test_simple(text, value):
    assert evaluate(text) == value


def test_dangling_operator():
    with pytest.raises(ValueError):
        evaluate("1 +")
