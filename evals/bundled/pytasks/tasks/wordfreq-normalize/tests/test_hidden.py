from wordfreq import top_words, word_counts


def test_case_and_punctuation():
    assert word_counts("The cat. the CAT!") == {"the": 2, "cat": 2}


def test_apostrophe_inside_word():
    assert word_counts("Don't stop, don't!") == {"don't": 2, "stop": 1}


def test_top_words_normalized():
    assert top_words("Go. go, GO! stop", n=1) == ["go"]


def test_only_punctuation():
    assert word_counts("... !!! ,") == {}
