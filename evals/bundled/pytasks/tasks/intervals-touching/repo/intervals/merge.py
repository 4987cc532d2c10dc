"""Merging closed intervals."""

Interval = tuple[float, float]


def merge(intervals: list[Interval]) -> list[Interval]:
    """Merge overlapping closed intervals; the result is sorted."""
    result: list[Interval] = []
    for start, end in sorted(intervals):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def total_length(intervals: list[Interval]) -> float:
    """Length covered by the union of `intervals`."""
    return sum(end - start for start, end in merge(intervals))
