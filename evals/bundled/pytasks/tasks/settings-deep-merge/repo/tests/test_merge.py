from settings import merge, merge_all


def test_flat():
    assert merge({"a": 1, "b": 2}, {"b": 3}) == {"a": 1, "b": 3}


def test_new_keys():
    assert merge({}, {"x": [1]}) == {"x": [1]}


def test_merge_all_order():
    assert merge_all({"a": 1}, {"a": 2}, {"a": 3, "b": 0}) == {"a": 3, "b": 0}
