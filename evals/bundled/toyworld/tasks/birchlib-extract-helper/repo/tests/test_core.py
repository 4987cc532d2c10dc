from birchlib import core


def test_distinct():
    assert core.distinct_tags(["A b", "a  B", "c"]) == ["a b", "c"]
