from wordfreq import top_words, word_counts


def test_counts_simple_text():
    assert word_counts("a b a") == {"a": 2, "b": 1}


def test_empty_text():
    assert word_counts("") == {}


def test_top_words():
    assert top_words("x y y z z z", n=2) == ["z", "y"]
