import pytest

from inireader import ParseError, parse


def test_semicolon_comment():
    text = "[server]\n; the port we listen on\nport = 8080\n"
    assert parse(text) == {"server": {"port": "8080"}}


def test_indented_semicolon_comment():
    assert parse("[a]\n   ; note = not a key\nx = 1\n") == {"a": {"x": "1"}}


def test_semicolon_before_first_section():
    assert parse("; header\n[a]\n") == {"a": {}}


def test_value_may_contain_semicolon():
    assert parse("[a]\nx = 1;2\n") == {"a": {"x": "1;2"}}


def test_other_garbage_still_rejected():
    with pytest.raises(ParseError):
        parse("[a]\n! bang\n")
