import pytest

from umberlib import ops


def test_missing():
    assert ops.mean_prices([16, None, 12, None]) == 14.0


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="mean_prices"):
        assert ops.do_meanprices([16, 12]) == ops.mean_prices([16, 12])
