"""Route finding."""

from routes.graph import nodes, shortest_route

__all__ = ["nodes", "shortest_route"]
