import pytest

from orchidly import core


def test_width():
    out = core.shorten("x" * 60, 20)
    assert len(out) == 20 and out.endswith("...")
