from wordtok import tokenize


def test_words_and_numbers():
    assert tokenize("Hello, World 42!") == ["hello", "world", "42"]


def test_lines():
    assert tokenize("a b\n\nc_d") == ["a", "b", "c_d"]
