import pytest

from willowkit import core, fast, batch


def test_above_core():
    assert core.clamp_speed(28) == 21


def test_above_custom_core():
    assert core.clamp_speed(100, 0, 10) == 10


def test_above_fast():
    assert fast.clamp_speed(28) == 21


def test_above_custom_fast():
    assert fast.clamp_speed(100, 0, 10) == 10


def test_above_batch():
    assert batch.clamp_speed(28) == 21


def test_above_custom_batch():
    assert batch.clamp_speed(100, 0, 10) == 10
