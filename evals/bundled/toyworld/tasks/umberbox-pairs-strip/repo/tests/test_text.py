from umberbox import text


def test_plain():
    assert text.read_options("a=1|b=2") == {"a": "1", "b": "2"}


def test_empty():
    assert text.read_options("") == {}
