import pytest

import lengths.conversion as module
from lengths import convert, units


def test_table_exists():
    assert module.TO_METERS["km"] == 1000
    assert module.TO_METERS["in"] == pytest.approx(0.0254)


def test_units_sorted():
    assert units() == sorted(module.TO_METERS)
    assert {"mm", "cm", "m", "km", "in", "ft"} <= set(units())


def test_new_unit_from_table(monkeypatch):
    monkeypatch.setitem(module.TO_METERS, "mi", 1609.344)
    assert convert(1, "mi", "km") == pytest.approx(1.609344)
    assert convert(1609.344, "m", "mi") == pytest.approx(1)
    assert "mi" in units()


@pytest.mark.parametrize("src,dst", [("parsec", "m"), ("m", "parsec")])
def test_error_lists_units(src, dst):
    with pytest.raises(ValueError, match="km"):
        convert(1, src, dst)
