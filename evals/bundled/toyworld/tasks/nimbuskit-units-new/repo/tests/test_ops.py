from nimbuskit import ops, compat


def test_known_ops():
    assert ops.parse_duration("5s") == 5
    assert ops.parse_duration("3m") == 180


def test_unknown_ops():
    import pytest
    with pytest.raises(ValueError):
        ops.parse_duration("4q")


def test_known_compat():
    assert compat.parse_duration("5s") == 5
    assert compat.parse_duration("3m") == 180


def test_unknown_compat():
    import pytest
    with pytest.raises(ValueError):
        compat.parse_duration("4q")
