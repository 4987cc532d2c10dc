import pytest

from gablekit import core


def test_spaces():
    assert core.count_words("  one   two\nthree ") == 3


def test_empty():
    assert core.count_words("") == 0


def test_old_name_warns():
    import pytest
    with pytest.warns(DeprecationWarning, match="count_words"):
        assert core.do_countwords("one two three") == core.count_words("one two three")
