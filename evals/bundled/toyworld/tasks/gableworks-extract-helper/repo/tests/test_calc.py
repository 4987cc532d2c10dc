from gableworks import calc


def test_distinct():
    assert calc.distinct_teams(["A b", "a  B", "c"]) == ["a b", "c"]
