import pytest

from willowworks import text


def test_zero_whole():
    assert text.coverage_percent(0, 0) == 0.0
    assert text.coverage_percent(3, 0) == 0.0
