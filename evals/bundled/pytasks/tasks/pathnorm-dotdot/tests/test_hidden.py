import pytest

from paths import join, normalize

CASES = [
    ("a/b/../../..", ".."),
    ("../a", "../a"),
    ("../../a/../b", "../../b"),
    ("/../x", "/x"),
    ("/..", "/"),
    ("a//b/", "a/b"),
    ("//a///b", "/a/b"),
    ("a/..", "."),
    ("./a/./", "a"),
    ("a/../../b/./c/..", "../b"),
    ("/a/./b/../../c/", "/c"),
]


@pytest.mark.parametrize("path,expected", CASES)
def test_normalize(path, expected):
    assert normalize(path) == expected


def test_join_dotdot():
    assert join("..", "..", "x") == "../../x"
