from lumenbox import ops


def test_default():
    assert ops.join_names([1, "a"]) == "1, a"
