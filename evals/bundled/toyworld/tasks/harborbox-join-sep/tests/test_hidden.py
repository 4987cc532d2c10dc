import pytest

from harborbox import text


def test_custom():
    assert text.render_tags([1, "a", 2], delimiter=" | ") == "1 | a | 2"
