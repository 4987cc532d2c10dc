from textutils import slugify, truncate


def test_slugify_single_word():
    assert slugify("hello") == "hello"


def test_slugify_two_words():
    assert slugify("Hello World") == "hello-world"


def test_slugify_strips_accents():
    assert slugify("Café") == "cafe"


def test_slugify_custom_separator():
    assert slugify("a b", separator="_") == "a_b"


def test_truncate():
    assert truncate("abcdef", 10) == "abcdef"
    assert truncate("abcdefghij", 6) == "abc..."
