"""Retries of provider faults: exponential backoff with jitter, honouring retry-after."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from dgm.gateway.errors import ProviderError
from dgm.gateway.settings import Retry

T = TypeVar("T")


def backoff_delay(policy: Retry, retry: int, error: ProviderError, rng: random.Random) -> float:
    """Seconds to wait before retry number `retry` (0-based) after `error`."""
    if error.retry_after is not None:
        return max(0.0, error.retry_after)
    ceiling = min(policy.backoff_max_s, policy.backoff_base_s * 2.0**retry)
    return ceiling * (0.5 + rng.random() / 2)


def call_with_retries(
    call: Callable[[], T],
    policy: Retry,
    *,
    limit: threading.Semaphore | None = None,
    sleep: Callable[[float], object] = time.sleep,
    rng: random.Random | None = None,
) -> tuple[T, int]:
    """Run `call`, retrying retryable ProviderErrors; return (result, retries used).

    The semaphore (the provider's concurrency limit) is held only while calling,
    not while backing off. The last error is raised when retries run out, or at
    once when the provider asks to wait longer than `max_retry_after_s`.
    """
    rng = rng or random.Random()
    for retry in range(policy.max_retries + 1):
        try:
            return _guarded(call, limit), retry
        except ProviderError as error:
            error.retries = retry
            if not error.retryable or retry == policy.max_retries:
                raise
            delay = backoff_delay(policy, retry, error, rng)
            if delay > policy.max_retry_after_s:
                raise
            sleep(delay)
    raise AssertionError("unreachable")  # the loop always returns or raises


def _guarded(call: Callable[[], T], limit: threading.Semaphore | None) -> T:
    """`call()` under `limit` when there is one."""
    if limit is None:
        return call()
    with limit:
        return call()
