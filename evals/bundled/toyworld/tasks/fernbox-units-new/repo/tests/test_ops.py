from fernbox import ops


def test_known():
    assert ops.parse_distance("5m") == 5
    assert ops.parse_distance("3k") == 3000


def test_unknown():
    import pytest
    with pytest.raises(ValueError):
        ops.parse_distance("4q")
