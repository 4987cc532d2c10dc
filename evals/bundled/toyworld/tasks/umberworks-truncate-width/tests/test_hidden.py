import pytest

from umberworks import ops


def test_width():
    out = ops.truncate_label("x" * 30, 10)
    assert len(out) == 10 and out.endswith("+")
