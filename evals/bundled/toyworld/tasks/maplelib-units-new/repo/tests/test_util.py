from maplelib import util, batch


def test_known_util():
    assert util.parse_duration("5s") == 5
    assert util.parse_duration("3m") == 180


def test_unknown_util():
    import pytest
    with pytest.raises(ValueError):
        util.parse_duration("4q")


def test_known_batch():
    assert batch.parse_duration("5s") == 5
    assert batch.parse_duration("3m") == 180


def test_unknown_batch():
    import pytest
    with pytest.raises(ValueError):
        batch.parse_duration("4q")
