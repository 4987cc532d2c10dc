import pytest

from nimbuslib import text, fast


def test_above_text():
    assert text.clamp_volume(67) == 60


def test_above_custom_text():
    assert text.clamp_volume(100, 0, 10) == 10


def test_above_fast():
    assert fast.clamp_volume(67) == 60


def test_above_custom_fast():
    assert fast.clamp_volume(100, 0, 10) == 10
