"""Retries of provider faults within a time budget: jittered exponential backoff, retry-after."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from dgm.gateway.errors import ProviderError
from dgm.gateway.settings import Retry

T = TypeVar("T")


@dataclass
class Timing:
    """The clock, sleep and jitter retries use (fakes in tests).

    `sleep` None: the gateway's own, which a backoff ends early when the gateway is
    interrupted.
    """

    clock: Callable[[], float] = time.time  # unix seconds
    sleep: Callable[[float], object] | None = None
    rng: random.Random | None = None  # backoff jitter


class Watch(Protocol):
    """Told of each fault a call retries (the gateway shows the wait, bills a dropped answer)."""

    def fault(self, error: ProviderError, deadline: float) -> None:
        """`error` happened; the call waits, then tries again before `deadline` (clock time)."""


def backoff_delay(policy: Retry, retry: int, error: ProviderError, rng: random.Random) -> float:
    """Seconds to wait before retry number `retry` (0-based) after `error`."""
    if error.retry_after is not None:
        return max(0.0, error.retry_after)
    ceiling = min(policy.backoff_max_s, policy.backoff_base_s * 2.0**retry)
    return ceiling * (0.5 + rng.random() / 2)


def next_delay(
    policy: Retry, retry: int, error: ProviderError, rng: random.Random, left_s: float
) -> float | None:
    """Seconds to wait before retry `retry`, or None to give up with `error` now.

    A backoff is cut short at the deadline (`left_s` away), so the last try lands on it;
    a retry-after that ends past the deadline (or above max_retry_after_s) gives up at once.
    """
    if not error.retryable or left_s <= 0 or retry == policy.max_retries:
        return None
    delay = backoff_delay(policy, retry, error, rng)
    if error.retry_after is None:
        return min(delay, left_s)
    cap = policy.max_retry_after_s
    return None if delay > left_s or (cap is not None and delay > cap) else delay


def call_with_retries(
    call: Callable[[], T],
    policy: Retry,
    *,
    limit: threading.Semaphore | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.time,
    rng: random.Random | None = None,
    watch: Watch | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> tuple[T, int]:
    """Run `call`, retrying retryable ProviderErrors; return (result, retries used).

    Retries go on for `policy.time_budget_s` seconds of `clock` (and at most
    `policy.max_retries` times, when set). The semaphore (the provider's concurrency
    limit) is held only while calling, not while backing off. The last error is raised
    when the budget is spent, when the provider asks to wait past it, or when `stopped()`
    says the gateway no longer answers.
    """
    rng = rng or random.Random()
    deadline = clock() + policy.time_budget_s
    retry = 0
    while True:
        try:
            return _guarded(call, limit), retry
        except ProviderError as error:
            error.retries = retry
            delay = next_delay(policy, retry, error, rng, deadline - clock())
            if delay is None or stopped():
                raise
            if watch is not None:
                watch.fault(error, deadline)
            sleep(delay)
            if stopped():
                raise
            retry += 1


def _guarded(call: Callable[[], T], limit: threading.Semaphore | None) -> T:
    """`call()` under `limit` when there is one."""
    if limit is None:
        return call()
    with limit:
        return call()
