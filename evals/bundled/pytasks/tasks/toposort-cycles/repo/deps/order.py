"""Topological ordering of a requirement graph."""


def build_order(requires: dict[str, set[str]]) -> list[str]:
    """Packages ordered so that each comes after what it requires; ties by name."""
    packages = set(requires)
    for needed in requires.values():
        packages.update(needed)
    waiting = {p: set(requires.get(p, ())) for p in packages}
    order: list[str] = []
    ready = sorted(p for p, needed in waiting.items() if not needed)
    while ready:
        package = ready.pop(0)
        order.append(package)
        for other, needed in waiting.items():
            if package in needed:
                needed.discard(package)
                if not needed:
                    ready.append(other)
        ready.sort()
    return order
