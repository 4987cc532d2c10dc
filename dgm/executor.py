"""Executors: where attempts run. The loop only calls submit(job) and shutdown()."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from dgm.attempt import AttemptJob, AttemptResult, run_job
from ground.tomlconfig import lookup


class LocalExecutor:
    """A thread pool on this machine sharing the run's services (attempts wait on Docker)."""

    def __init__(self, workers: int, services: Any) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="attempt")
        self.services = services

    def submit(self, job: AttemptJob) -> Future[AttemptResult]:
        return self._pool.submit(run_job, job, self.services)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)


def _local(workers: int, services: Any, **options: Any) -> LocalExecutor:
    return LocalExecutor(workers, services)


def _ray(workers: int, services: Any, **options: Any) -> Any:
    from dgm.cluster.executor import RayExecutor  # optional: the ray extra, never on local runs

    return RayExecutor(workers, services, **options)


EXECUTORS: dict[str, Callable[..., Any]] = {"local": _local, "ray": _ray}


def make_executor(kind: str, workers: int, services: Any, **options: Any) -> Any:
    """The executor called `kind`, running `workers` attempts at once."""
    factory = lookup(EXECUTORS, kind, "executor")
    return factory(workers, services, **options)
