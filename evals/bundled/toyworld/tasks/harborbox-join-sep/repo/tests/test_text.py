from harborbox import text


def test_default():
    assert text.render_tags([1, "a"]) == "1, a"
