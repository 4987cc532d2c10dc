import pytest

from cobaltworks import util, batch


def test_exact_fill_util():
    assert util.tray_count(15, 5) == 3


def test_nothing_util():
    assert util.tray_count(0, 5) == 0


def test_exact_fill_batch():
    assert batch.tray_count(15, 5) == 3


def test_nothing_batch():
    assert batch.tray_count(0, 5) == 0
