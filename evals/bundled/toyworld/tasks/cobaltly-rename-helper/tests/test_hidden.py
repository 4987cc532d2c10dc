import pytest

from cobaltly import util


def test_new_name():
    assert util.pad_value(3.14159, 8) == "    3.14"


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="pad_value"):
        assert util._fmt(1, 6) == "  1.00"


def test_columns_use_new_name():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for name in dir(util):
            if name.startswith("column_"):
                getattr(util, name)(1.5)
