import pytest

from units import celsius_to_fahrenheit, fahrenheit_to_celsius


def test_freezing_and_boiling():
    assert celsius_to_fahrenheit(0) == 32
    assert celsius_to_fahrenheit(100) == 212


def test_round_trip():
    assert fahrenheit_to_celsius(celsius_to_fahrenheit(37.5)) == pytest.approx(37.5)
