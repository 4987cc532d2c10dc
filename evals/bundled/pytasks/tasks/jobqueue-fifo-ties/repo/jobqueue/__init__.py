"""Job queues."""

from jobqueue.queue import PriorityQueue

__all__ = ["PriorityQueue"]
