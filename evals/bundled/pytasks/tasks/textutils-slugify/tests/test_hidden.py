from textutils import slugify


def test_punctuation_collapses():
    assert slugify("Hello, World!") == "hello-world"


def test_extra_spaces():
    assert slugify("  spaced   out  ") == "spaced-out"


def test_no_leading_or_trailing_separator():
    assert slugify("--x--") == "x"


def test_custom_separator_collapses():
    assert slugify("A -- B", separator="_") == "a_b"


def test_digits_kept():
    assert slugify("Top 10 tips (2024)") == "top-10-tips-2024"
