import pytest

from numerals import from_roman, to_roman


@pytest.mark.parametrize("number,numeral", [
    (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (90, "XC"),
    (400, "CD"), (900, "CM"), (1994, "MCMXCIV"), (3999, "MMMCMXCIX"),
])
def test_subtractive(number, numeral):
    assert to_roman(number) == numeral
    assert from_roman(numeral) == number


def test_round_trip():
    assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
