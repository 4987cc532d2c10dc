from routes import shortest_route


def test_more_hops_shorter():
    graph = {"a": {"b": 10, "c": 1}, "c": {"d": 1}, "d": {"b": 1}}
    assert shortest_route(graph, "a", "b") == (3, ["a", "c", "d", "b"])


def test_later_cheaper_path_to_seen_node():
    graph = {
        "s": {"x": 5, "y": 1},
        "y": {"x": 1},
        "x": {"t": 1},
    }
    assert shortest_route(graph, "s", "t") == (3, ["s", "y", "x", "t"])


def test_grid():
    graph = {}
    for r in range(4):
        for c in range(4):
            edges = {}
            if c < 3:
                edges[f"{r}{c + 1}"] = 1 if r == 3 else 5
            if r < 3:
                edges[f"{r + 1}{c}"] = 1 if c == 0 else 5
            graph[f"{r}{c}"] = edges
    distance, route = shortest_route(graph, "00", "33")
    assert distance == 6
    assert route == ["00", "10", "20", "30", "31", "32", "33"]


def test_zero_weights():
    assert shortest_route({"a": {"b": 0}, "b": {"c": 0}}, "a", "c") == (0, ["a", "b", "c"])
