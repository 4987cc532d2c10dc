"""The Ray executor: a run's sandboxed work spread over the nodes of a Ray cluster.

Attempts run in threads on the driver, exactly as with the local executor, but the
run's harness is swapped for one that sends every sandboxed call (self-modification,
smoke run, each benchmark task, the seed's evaluation too) to the cluster as a Ray
task asking for one `sandbox_slot`. Two actors live beside the driver: the usage desk
(run-wide budgets, exchanges waiting to be committed, where work runs) and the image
depot (the sandbox image, for nodes that lack it). See dgm/cluster/README.md.
"""

from __future__ import annotations

import logging
import socket
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from dgm.attempt import AttemptJob, AttemptResult, run_job
from dgm.cluster.committer import Committer
from dgm.cluster.desk import DeskTap, UsageDesk
from dgm.cluster.image import ImageDepot
from dgm.cluster.remote import CallRunner, RemoteHarness
from dgm.gateway.ledger import Ledger
from ground.errors import ConfigError

LOCAL_OBJECT_STORE = 256 * 1024 * 1024  # for the one-node cluster started when no address is set


class RayExecutor:
    """Runs `workers` attempts at once; their sandboxes run wherever the cluster has slots."""

    def __init__(self, workers: int, services: Any, address: str | None = None) -> None:
        import ray  # optional: the ray extra

        self.services = services
        self._owned = connect(address, workers * services.config.evaluation.workers)
        self._closed = False
        try:
            require_slots(address)
            here = beside_driver()
            spent = Ledger(services.run_root / "ledger.jsonl").entries()
            self.desk = ray.remote(UsageDesk).options(**here).remote(
                services.gateway_config.budget, spent)
            self.depot = ray.remote(ImageDepot).options(**here).remote()
            self.committer = Committer(self.desk, services.gateway, services.run_root)
            self.runner = CallRunner(services.config, services.gateway_config.reuse_recordings,
                                     services.image, services.run_root / "recordings",
                                     self.desk, self.depot, self.committer)
            self.committer.write_status()  # also proves the desk answers
        except BaseException:
            self._disconnect()
            raise
        services.gateway.set_tap(DeskTap(self.desk, commit=False))
        self._local_harness = services.harness
        services.harness = RemoteHarness(services.harness, self.runner)
        self.committer.start()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="attempt")

    def submit(self, job: AttemptJob) -> Future[AttemptResult]:
        return self._pool.submit(run_job, job, self.services)

    def shutdown(self, wait: bool = True) -> None:
        """Finish (wait) or abandon (interrupt the calls in flight) the attempts, then let go."""
        if self._closed:
            return
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
        if not wait:
            self.runner.cancel_all()
            return  # drive() calls shutdown(wait=True) next, which tears down
        self._closed = True
        import ray  # optional: the ray extra

        try:
            self.committer.stop()
        finally:
            self.services.harness = self._local_harness
            self.services.gateway.set_tap(None)
            ray.get(self.depot.close.remote())
            for actor in (self.desk, self.depot):
                ray.kill(actor)
            self._disconnect()

    def _disconnect(self) -> None:
        import ray  # optional: the ray extra

        if self._owned:
            ray.shutdown()


def connect(address: str | None, local_slots: int) -> bool:
    """Join the cluster at `address`, or start a one-node one; True when this process owns Ray."""
    import ray  # optional: the ray extra

    if ray.is_initialized():
        return False
    quiet: dict[str, Any] = {"logging_level": logging.WARNING, "log_to_driver": False}
    if not address:
        ray.init(address="local", resources={"sandbox_slot": local_slots}, include_dashboard=False,
                 object_store_memory=LOCAL_OBJECT_STORE, **quiet)
        return True
    try:
        probe(address)
        ray.init(address=address, **quiet)
    except (ConnectionError, ValueError, RuntimeError, OSError) as exc:
        raise ConfigError(f"cannot join the Ray cluster at {address} ({exc})",
                          "start one with `ray start --head --resources='{\"sandbox_slot\": N}'` "
                          "and pass its address (or `auto` on one of its nodes)") from None
    return True


def probe(address: str, timeout_s: float = 10.0) -> None:
    """Fail fast (OSError) when nothing listens at a HOST:PORT address; Ray would wait minutes."""
    host, sep, port = address.rpartition(":")
    if sep and host and port.isdigit() and "://" not in address:
        socket.create_connection((host, int(port)), timeout=timeout_s).close()


def require_slots(address: str | None) -> None:
    """A ConfigError when no node of the cluster offers a sandbox slot (work would never start)."""
    import ray  # optional: the ray extra

    if ray.cluster_resources().get("sandbox_slot", 0) < 1:
        where = address or "this process"
        raise ConfigError(f"the Ray cluster at {where} offers no sandbox_slot",
                          "start its nodes with `ray start ... --resources='{\"sandbox_slot\": N}'`"
                          " (N = sandboxes the node may run at once)")


def beside_driver() -> dict[str, Any]:
    """Actor options that keep an actor on the driver's node, taking no CPU."""
    # optional: the ray extra
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    node_id = ray.get_runtime_context().get_node_id()
    return {"num_cpus": 0, "max_restarts": 0,
            "scheduling_strategy": NodeAffinitySchedulingStrategy(node_id, soft=False)}
