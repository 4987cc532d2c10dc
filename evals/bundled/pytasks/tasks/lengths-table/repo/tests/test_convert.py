import pytest

from lengths import convert


@pytest.mark.parametrize("value,src,dst,expected", [
    (1, "km", "m", 1000), (250, "cm", "m", 2.5), (12, "in", "ft", 1.0),
    (1, "m", "mm", 1000), (3, "ft", "cm", 91.44),
])
def test_conversions(value, src, dst, expected):
    assert convert(value, src, dst) == pytest.approx(expected)


def test_unknown_unit():
    with pytest.raises(ValueError):
        convert(1, "m", "parsec")
