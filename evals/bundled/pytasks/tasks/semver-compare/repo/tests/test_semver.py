import pytest

from versions import compare, latest, parse


def test_parse():
    assert parse("1.2.3-rc.1") == ("1", "2", "3", "rc.1")


@pytest.mark.parametrize("bad", ["1.2", "a.b.c", "1.2.3-", ""])
def test_parse_rejects(bad):
    with pytest.raises(ValueError):
        parse(bad)


def test_simple_compare():
    assert compare("1.2.3", "1.2.4") == -1
    assert compare("2.0.0", "1.9.9") == 1
    assert compare("1.0.0", "1.0.0") == 0


def test_latest():
    assert latest(["0.1.0", "0.3.0", "0.2.0"]) == "0.3.0"
