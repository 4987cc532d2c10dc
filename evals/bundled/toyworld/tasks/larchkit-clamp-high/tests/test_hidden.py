import pytest

from larchkit import ops, fast, compat


def test_above_ops():
    assert ops.clamp_level(62) == 55


def test_above_custom_ops():
    assert ops.clamp_level(100, 0, 10) == 10


def test_above_fast():
    assert fast.clamp_level(62) == 55


def test_above_custom_fast():
    assert fast.clamp_level(100, 0, 10) == 10


def test_above_compat():
    assert compat.clamp_level(62) == 55


def test_above_custom_compat():
    assert compat.clamp_level(100, 0, 10) == 10
