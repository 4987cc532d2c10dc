import pytest

from units import celsius_to_kelvin, kelvin_to_celsius


def test_celsius_to_kelvin():
    assert celsius_to_kelvin(0) == pytest.approx(273.15)
    assert celsius_to_kelvin(-273.15) == pytest.approx(0)


def test_kelvin_to_celsius():
    assert kelvin_to_celsius(373.15) == pytest.approx(100)


def test_below_absolute_zero():
    with pytest.raises(ValueError):
        celsius_to_kelvin(-300)
    with pytest.raises(ValueError):
        kelvin_to_celsius(-1)
