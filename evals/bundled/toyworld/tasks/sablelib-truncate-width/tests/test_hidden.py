import pytest

from sablelib import util


def test_width():
    out = util.truncate_label("x" * 42, 14)
    assert len(out) == 14 and out.endswith("...")
