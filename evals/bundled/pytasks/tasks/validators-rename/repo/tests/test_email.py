import pytest

from validators import chk_email


@pytest.mark.parametrize("address", ["ann@example.com", "a.b+c@mail.example.org"])
def test_valid(address):
    assert chk_email(address)


@pytest.mark.parametrize("address", ["", "ann", "ann@", "@x.com", "ann@host"])
def test_invalid(address):
    assert not chk_email(address)
