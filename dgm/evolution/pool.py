"""The attempt pool: attempts run in threads of the driver, however many the config allows.

An attempt mostly waits: on the model, and on its sandboxes, which the run's placement
puts on this machine or on a cluster. The loop only calls submit(job) and shutdown().
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from dgm.evolution.attempt import Attempt, AttemptJob, AttemptResult
from dgm.evolution.meta_attempt import MetaAttempt
from dgm.evolution.modes import FIXED, META_AGENT
from dgm.evolution.protocols import Services

# The attempt class of each step that makes a child (evolution.mode's step).
STEPS: dict[str, type[Attempt]] = {FIXED: Attempt, META_AGENT: MetaAttempt}


def run_job(job: AttemptJob, services: Services) -> AttemptResult:
    """Run one attempt with `services` (on whichever worker the executor chose)."""
    try:
        return STEPS[job.step](job.spec, job.inputs, services, job.out).run()
    finally:
        services.progress(job.spec.attempt_id, None)


class AttemptPool:
    """Runs up to `workers` attempts at once with the run's services."""

    def __init__(self, workers: int, services: Services) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="attempt")
        self.services = services

    def submit(self, job: AttemptJob) -> Future[AttemptResult]:
        return self._pool.submit(run_job, job, self.services)

    def shutdown(self, wait: bool = True) -> None:
        """Finish the attempts (wait) or drop the queued ones and leave those running."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
