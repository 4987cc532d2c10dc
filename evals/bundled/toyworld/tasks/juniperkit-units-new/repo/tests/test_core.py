from juniperkit import core


def test_known():
    assert core.parse_size("5b") == 5
    assert core.parse_size("3k") == 3072


def test_unknown():
    import pytest
    with pytest.raises(ValueError):
        core.parse_size("4q")
