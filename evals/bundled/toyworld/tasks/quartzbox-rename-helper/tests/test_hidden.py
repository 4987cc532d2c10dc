import pytest

from quartzbox import calc


def test_new_name():
    assert calc.format_number(3.14159, 8) == "    3.14"


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="format_number"):
        assert calc._fc(1, 6) == "  1.00"


def test_columns_use_new_name():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for name in dir(calc):
            if name.startswith("column_"):
                getattr(calc, name)(1.5)
