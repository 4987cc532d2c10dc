"""Graphs as {node: {neighbour: distance}} dicts."""

from collections import deque

Graph = dict[str, dict[str, float]]


def nodes(graph: Graph) -> set[str]:
    """Every node mentioned in the graph."""
    found = set(graph)
    for edges in graph.values():
        found.update(edges)
    return found


def shortest_route(graph: Graph, start: str, goal: str) -> tuple[float, list[str]] | None:
    """(distance, route) of the shortest route from start to goal, or None."""
    if start not in nodes(graph):
        raise KeyError(start)
    queue = deque([(0.0, [start])])
    seen = {start}
    while queue:
        distance, route = queue.popleft()
        node = route[-1]
        if node == goal:
            return distance, route
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append((distance + weight, route + [neighbour]))
    return None
