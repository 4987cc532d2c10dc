"""The token bucket algorithm."""

import time
from collections.abc import Callable


class TokenBucket:
    """Allows bursts of `capacity`, refilled at `rate` tokens per second."""

    def __init__(self, rate: float, capacity: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = float(capacity)
        self._created = clock()

    def _refill(self) -> None:
        elapsed = self._clock() - self._created
        self._tokens += elapsed * self.rate

    @property
    def tokens(self) -> float:
        """Tokens available now."""
        self._refill()
        return self._tokens

    def allow(self, cost: float = 1) -> bool:
        """Take `cost` tokens if there are enough; say whether it did."""
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False
