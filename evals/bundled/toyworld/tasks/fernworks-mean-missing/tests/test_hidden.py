import pytest

from fernworks import text


def test_missing():
    assert text.mean_ratings([4, None, 12, None]) == 8.0
