import pytest

from rippleworks import core


def test_new_name():
    assert core.format_cell(3.14159, 8) == "    3.14"


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="format_cell"):
        assert core._pad(1, 6) == "  1.00"


def test_columns_use_new_name():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for name in dir(core):
            if name.startswith("column_"):
                getattr(core, name)(1.5)
