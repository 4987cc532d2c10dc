import pytest

from harborlib import calc


def test_width():
    out = calc.clip_title("x" * 45, 15)
    assert len(out) == 15 and out.endswith("~")
