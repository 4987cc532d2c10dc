import pytest

from pebblelib import text


def test_new_name():
    assert text.format_cell(3.14159, 8) == "    3.14"


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="format_cell"):
        assert text._fmt(1, 6) == "  1.00"


def test_columns_use_new_name():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for name in dir(text):
            if name.startswith("column_"):
                getattr(text, name)(1.5)
