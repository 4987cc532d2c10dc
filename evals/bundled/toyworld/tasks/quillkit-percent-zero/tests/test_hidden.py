import pytest

from quillkit import calc


def test_zero_whole():
    assert calc.progress_percent(0, 0) == 0.0
    assert calc.progress_percent(3, 0) == 0.0
