import pytest

from kestrelly import util, compat, fast


def test_exact_fill_util():
    assert util.row_count(16, 8) == 2


def test_nothing_util():
    assert util.row_count(0, 8) == 0


def test_exact_fill_compat():
    assert compat.row_count(16, 8) == 2


def test_nothing_compat():
    assert compat.row_count(0, 8) == 0


def test_exact_fill_fast():
    assert fast.row_count(16, 8) == 2


def test_nothing_fast():
    assert fast.row_count(0, 8) == 0
