"""A min-priority queue of jobs."""

import heapq
from typing import Any


class PriorityQueue:
    """Pop returns the job with the lowest priority number first."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, Any]] = []

    def push(self, job: Any, priority: int = 0) -> None:
        """Add a job."""
        heapq.heappush(self._heap, (priority, job))

    def pop(self) -> Any:
        """Remove and return the most urgent job."""
        if not self._heap:
            raise IndexError("pop from empty queue")
        return heapq.heappop(self._heap)[-1]

    def __len__(self) -> int:
        return len(self._heap)
