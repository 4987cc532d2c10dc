from yarrowly import ops


def test_default():
    assert ops.list_items([1, "a"]) == "1, a"
