import pytest

from throttle import TokenBucket


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_capped_at_capacity():
    clock = FakeClock()
    bucket = TokenBucket(rate=5, capacity=3, clock=clock)
    clock.now = 3600
    assert bucket.tokens == pytest.approx(3)


def test_no_tokens_from_repeated_calls():
    clock = FakeClock()
    bucket = TokenBucket(rate=1, capacity=2, clock=clock)
    bucket.allow()
    bucket.allow()
    clock.now = 1.0
    assert [bucket.allow() for _ in range(5)] == [True, False, False, False, False]


def test_steady_rate():
    clock = FakeClock()
    bucket = TokenBucket(rate=1, capacity=1, clock=clock)
    allowed = 0
    for step in range(1, 41):
        clock.now = step * 0.25
        allowed += bucket.allow()
    assert allowed == 10
