from webkit import build_query, parse_query


def test_plain_pairs():
    assert parse_query("a=1&b=2") == {"a": "1", "b": "2"}


def test_leading_question_mark_and_empty_fields():
    assert parse_query("?a=1&&b=2&") == {"a": "1", "b": "2"}


def test_later_key_wins():
    assert parse_query("a=1&a=2") == {"a": "2"}


def test_build():
    assert build_query({"q": "a b", "x": "/"}) == "q=a+b&x=%2F"
