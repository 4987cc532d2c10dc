import pytest

from numerals import from_roman, to_roman


def test_small_numbers():
    assert [to_roman(n) for n in (1, 2, 3, 5, 6)] == ["I", "II", "III", "V", "VI"]


def test_additive_year():
    assert to_roman(2023) == "MMXXIII"


def test_from_roman_additive():
    assert from_roman("XIII") == 13
    assert from_roman("mdclxvi") == 1666


@pytest.mark.parametrize("bad", [0, 4000, -3])
def test_out_of_range(bad):
    with pytest.raises(ValueError):
        to_roman(bad)


def test_bad_symbol():
    with pytest.raises(ValueError):
        from_roman("XIZ")
