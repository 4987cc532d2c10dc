from sablely import text


def test_simple():
    assert text.count_words("one two three") == 3
