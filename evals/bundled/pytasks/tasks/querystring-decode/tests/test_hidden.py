from webkit import build_query, parse_query


def test_plus_and_percent():
    assert parse_query("q=hello+world&path=%2Fhome%2Fann") == {
        "q": "hello world", "path": "/home/ann"}


def test_utf8():
    assert parse_query("name=Ren%C3%A9e") == {"name": "Renée"}


def test_encoded_key_and_missing_value():
    assert parse_query("first+name=Ann&flag") == {"first name": "Ann", "flag": ""}


def test_round_trip():
    params = {"q": "a&b=c", "path": "/x y/", "emoji": "✓", "plus": "1+1"}
    assert parse_query(build_query(params)) == params
