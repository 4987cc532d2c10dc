import pytest

from routes import nodes, shortest_route

LINE = {"a": {"b": 1}, "b": {"c": 2}}


def test_nodes():
    assert nodes(LINE) == {"a", "b", "c"}


def test_line():
    assert shortest_route(LINE, "a", "c") == (3, ["a", "b", "c"])


def test_same_node():
    assert shortest_route(LINE, "b", "b") == (0, ["b"])


def test_unreachable():
    assert shortest_route(LINE, "c", "a") is None


def test_unknown_start():
    with pytest.raises(KeyError):
        shortest_route(LINE, "z", "a")
