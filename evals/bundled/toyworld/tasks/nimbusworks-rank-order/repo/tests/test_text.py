from nimbusworks import text


def test_ascending():
    assert text.rank_players({"b": 2, "a": 2, "c": 1}) == ["c", "a", "b"]
