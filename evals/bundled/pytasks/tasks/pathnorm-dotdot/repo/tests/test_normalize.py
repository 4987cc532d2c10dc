import pytest

from paths import join, normalize


@pytest.mark.parametrize("path,expected", [
    ("a/./b", "a/b"), ("a/b/../c", "a/c"), ("/a/b/..", "/a"), ("", "."),
    ("/", "/"), ("./", "."),
])
def test_normalize(path, expected):
    assert normalize(path) == expected


def test_join():
    assert join("a", "b", "../c") == "a/c"
    assert join("a", "/abs", "x") == "/abs/x"
