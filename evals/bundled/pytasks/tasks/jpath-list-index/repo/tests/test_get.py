from jpath import get_path

DOC = {"user": {"name": "ann", "tags": {"1": "one"}}}


def test_nested_keys():
    assert get_path(DOC, "user.name") == "ann"


def test_missing():
    assert get_path(DOC, "user.age") is None
    assert get_path(DOC, "user.age", 0) == 0


def test_numeric_dict_key():
    assert get_path(DOC, "user.tags.1") == "one"
