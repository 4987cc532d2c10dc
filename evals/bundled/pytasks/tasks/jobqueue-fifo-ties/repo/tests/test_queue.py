import pytest

from jobqueue import PriorityQueue


def test_priority_order():
    queue = PriorityQueue()
    queue.push("low", 5)
    queue.push("high", 1)
    assert queue.pop() == "high"
    assert queue.pop() == "low"


def test_empty():
    with pytest.raises(IndexError):
        PriorityQueue().pop()


def test_len():
    queue = PriorityQueue()
    queue.push(1)
    assert len(queue) == 1
