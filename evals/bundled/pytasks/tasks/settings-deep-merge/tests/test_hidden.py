from settings import merge, merge_all


def test_nested():
    base = {"db": {"host": "x", "port": 5432}, "debug": False}
    assert merge(base, {"db": {"port": 6000}}) == {
        "db": {"host": "x", "port": 6000}, "debug": False}


def test_deeply_nested():
    base = {"a": {"b": {"c": 1, "d": 2}}}
    assert merge(base, {"a": {"b": {"d": 3}}}) == {"a": {"b": {"c": 1, "d": 3}}}


def test_replacements():
    assert merge({"a": [1, 2]}, {"a": [3]}) == {"a": [3]}
    assert merge({"a": {"x": 1}}, {"a": 5}) == {"a": 5}
    assert merge({"a": 5}, {"a": {"x": 1}}) == {"a": {"x": 1}}


def test_inputs_untouched_and_not_shared():
    base = {"db": {"host": "x"}}
    override = {"db": {"port": 1}, "new": {"k": "v"}}
    result = merge(base, override)
    result["db"]["host"] = "changed"
    result["new"]["k"] = "changed"
    assert base == {"db": {"host": "x"}}
    assert override == {"db": {"port": 1}, "new": {"k": "v"}}


def test_merge_all_deep():
    assert merge_all({"a": {"x": 1}}, {"a": {"y": 2}}, {"a": {"z": 3}}) == {
        "a": {"x": 1, "y": 2, "z": 3}}
