import pytest

from orchidkit import ops


def test_exact_fill():
    assert ops.crate_count(36, 6) == 6


def test_nothing():
    assert ops.crate_count(0, 6) == 0


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="crate_count"):
        assert ops.do_cratecount(37, 6) == ops.crate_count(37, 6)
