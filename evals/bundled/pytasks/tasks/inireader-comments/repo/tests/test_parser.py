import pytest

from inireader import ParseError, parse


def test_sections_and_keys():
    text = "[a]\nx = 1\n[b]\ny=two words\n"
    assert parse(text) == {"a": {"x": "1"}, "b": {"y": "two words"}}


def test_hash_comments_and_blank_lines():
    assert parse("# top\n\n[a]\n  # indented\nx = 1\n") == {"a": {"x": "1"}}


def test_key_outside_section():
    with pytest.raises(ParseError, match="outside"):
        parse("x = 1\n")


def test_garbage_line():
    with pytest.raises(ParseError, match="line 2"):
        parse("[a]\nnot a pair\n")
