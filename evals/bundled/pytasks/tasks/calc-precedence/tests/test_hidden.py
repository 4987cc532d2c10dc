import pytest

from calc import evaluate


@pytest.mark.parametrize("text,value", [
    ("2 + 3 * 4", 14),
    ("10 - 2 * 3", 4),
    ("2 * 3 + 4 * 5", 26),
    ("(2 + 3) * 4", 20),
    ("2 * (3 + 4) - 1", 13),
    ("((1 + 1) * (2 + 2)) / 4", 2.0),
    ("100 / 10 / 5 + 1", 3.0),
    ("8 - 2 - 1", 5),
])
def test_precedence(text, value):
    assert evaluate(text) == value


@pytest.mark.parametrize("bad", ["(1 + 2", "1 + 2)", "()", "* 3", "2 (3)"])
def test_malformed(bad):
    with pytest.raises(ValueError):
        evaluate(bad)
