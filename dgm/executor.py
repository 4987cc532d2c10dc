"""Executors: where attempts run. The loop only calls submit() and shutdown()."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from dgm.errors import ConfigError


class LocalExecutor:
    """A thread pool on this machine; attempts spend their time waiting on Docker."""

    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="attempt")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)


def _local(workers: int, **options: Any) -> LocalExecutor:
    return LocalExecutor(workers)


def _ray(workers: int, **options: Any) -> Any:
    from dgm.ray_executor import RayExecutor  # optional extra: pip install .[ray]

    return RayExecutor(workers, **options)


EXECUTORS: dict[str, Callable[..., Any]] = {"local": _local, "ray": _ray}


def make_executor(kind: str, workers: int, **options: Any) -> Any:
    """The executor called `kind`, running `workers` attempts at once."""
    try:
        factory = EXECUTORS[kind]
    except KeyError:
        raise ConfigError(f"unknown executor '{kind}'",
                          f"use one of: {', '.join(sorted(EXECUTORS))}") from None
    return factory(workers, **options)
