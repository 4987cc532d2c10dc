from maplebox import text


def test_default():
    assert text.list_items([1, "a"]) == "1, a"
