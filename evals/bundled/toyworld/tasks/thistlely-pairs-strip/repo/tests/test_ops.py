from thistlely import ops


def test_plain():
    assert ops.read_options("a:1;b:2") == {"a": "1", "b": "2"}


def test_empty():
    assert ops.read_options("") == {}
