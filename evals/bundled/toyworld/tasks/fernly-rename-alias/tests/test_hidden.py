import pytest

from fernly import util


def test_zero_whole():
    assert util.coverage_percent(0, 0) == 0.0
    assert util.coverage_percent(3, 0) == 0.0


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="coverage_percent"):
        assert util.do_coveragepercent(1, 2) == util.coverage_percent(1, 2)
