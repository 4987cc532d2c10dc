"""Summaries of a list of numbers."""


def mean(data: list[float]) -> float:
    """The arithmetic mean."""
    if not data:
        raise ValueError("mean of empty data")
    return sum(data) / len(data)


def median(data: list[float]) -> float:
    """The middle value."""
    if not data:
        raise ValueError("median of empty data")
    data.sort()
    return data[len(data) // 2]


def value_range(data: list[float]) -> float:
    """Largest minus smallest value."""
    if not data:
        raise ValueError("range of empty data")
    return max(data) - min(data)
