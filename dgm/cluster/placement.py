"""The Ray placement: a run's sandboxed work spread over the nodes of a Ray cluster.

Attempts run in threads on the driver, exactly as on a local run, but the run's harness
is built to send every sandboxed call (self-modification, smoke run, each benchmark
task, the seed's evaluation too) to the cluster as a Ray task asking for one
`sandbox_slot`. Two actors live beside the driver: the usage desk
(run-wide budgets, exchanges waiting to be committed, where work runs) and the image
depot (the sandbox image, for nodes that lack it). See dgm/cluster/README.md.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import Any

from dgm.cluster.committer import Committer
from dgm.cluster.desk import DeskTap, UsageDesk
from dgm.cluster.image import ImageDepot
from dgm.cluster.node import NodeSetup
from dgm.cluster.remote import CallRunner, RemoteHarness
from dgm.gateway import Gateway
from dgm.gateway.dispatch import Tap
from dgm.gateway.ledger import Ledger
from evals.harness import Harness
from ground.errors import ConfigError

# A Ray actor handle: ray does not type the `.remote` of an actor's methods, so it stays opaque.
ActorRef = Any
LOCAL_OBJECT_STORE = 256 * 1024 * 1024  # for the one-node cluster started when no address is set


class RayPlacement:
    """A Ray cluster's sandbox slots; the usage desk and the image depot beside the driver."""

    def __init__(self, address: str | None, slots: int, setup: NodeSetup, run_root: Path,
                 image: str) -> None:
        """Join (or start, with `slots` sandbox slots) the cluster at `address`."""
        import ray  # optional: the ray extra

        self.setup, self.run_root, self.image = setup, run_root, image
        self._owned = connect(address, slots)
        self._runner: CallRunner | None = None
        self._committer: Committer | None = None
        try:
            require_slots(address)
            here = beside_driver()
            spent = Ledger(run_root / "ledger.jsonl").entries()
            self.desk: ActorRef = ray.remote(UsageDesk).options(**here).remote(
                setup.gateway.budget, spent)
            self.depot: ActorRef = ray.remote(ImageDepot).options(**here).remote()
        except BaseException:
            self._disconnect()
            raise
        self.tap: Tap | None = DeskTap(self.desk, commit=False)

    def bind(self, local: Harness, gateway: Gateway) -> Harness:
        """The local harness with each sandboxed call sent to the cluster, billed in `gateway`."""
        self._committer = Committer(self.desk, gateway, self.run_root)
        self._committer.write_status()  # also proves the desk answers
        self._runner = CallRunner(self.setup, self.image, self.run_root / "recordings",
                                  self.desk, self.depot, self._committer)
        self._committer.start()
        return RemoteHarness(local, self._runner)

    @property
    def runner(self) -> CallRunner:
        """What sends calls to the nodes (once bound)."""
        if self._runner is None:
            raise RuntimeError("the Ray placement is not bound to a gateway yet")
        return self._runner

    def abandon(self) -> None:
        """Interrupt the calls in flight (each removes its sandbox on the way out)."""
        if self._runner is not None:
            self._runner.cancel_all()

    def unbind(self) -> None:
        """Commit what the nodes reported into the gateway (still open) and stop committing."""
        if self._committer is not None:
            self._committer.stop()
            self._committer = None

    def close(self) -> None:
        """Let go of the actors and the cluster."""
        import ray  # optional: the ray extra

        try:
            ray.get(self.depot.close.remote())
            for actor in (self.desk, self.depot):
                ray.kill(actor)
        finally:
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
