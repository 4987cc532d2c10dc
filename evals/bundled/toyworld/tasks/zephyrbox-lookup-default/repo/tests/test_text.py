from zephyrbox import text


def test_found():
    assert text.get_entry({"Ann": "1"}, "ann") == "1"
