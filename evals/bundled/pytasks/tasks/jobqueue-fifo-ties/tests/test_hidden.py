from jobqueue import PriorityQueue


def test_equal_priority_is_fifo():
    queue = PriorityQueue()
    for job in ["zeta", "alpha", "mid"]:
        queue.push(job, 1)
    assert [queue.pop() for _ in range(3)] == ["zeta", "alpha", "mid"]


def test_dict_jobs():
    queue = PriorityQueue()
    queue.push({"id": 1}, 2)
    queue.push({"id": 2}, 2)
    queue.push({"id": 0}, 0)
    assert [queue.pop()["id"] for _ in range(3)] == [0, 1, 2]


def test_interleaved():
    queue = PriorityQueue()
    queue.push("b1", 2)
    queue.push("a1", 1)
    queue.push("b2", 2)
    queue.push("a2", 1)
    assert [queue.pop() for _ in range(4)] == ["a1", "a2", "b1", "b2"]
