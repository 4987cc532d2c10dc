from quartzlib import text


def test_default():
    assert text.join_names([1, "a"]) == "1, a"
