import pytest

from validators import chk_email, is_valid_email


def test_new_name():
    assert is_valid_email("ann@example.com")
    assert not is_valid_email("ann@host")


def test_old_name_warns():
    with pytest.warns(DeprecationWarning, match="is_valid_email"):
        assert chk_email("ann@example.com")
    with pytest.warns(DeprecationWarning):
        assert not chk_email("nope")
