"""Placement: where a run's sandboxed work goes, chosen before its services are built.

`local` runs every sandbox on this machine. `ray` sends each sandboxed call (the seed's
evaluation included) to a node of a Ray cluster; its usage desk sees every model call
through the tap the gateway is built with. Nothing is swapped on a live object: the
services are built around the placement's tap and harness from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dgm.gateway import Gateway, GatewayConfig
from dgm.gateway.dispatch import Tap
from evals import load_benchmark
from evals.harness import Harness
from sandbox import ensure_image

if TYPE_CHECKING:
    from dgm.cluster.node import NodeSetup
    from dgm.config import RunConfig


class Placement(Protocol):
    """Where sandboxes run: opened first, its `tap` built into the gateway, then bound.

    Closed in reverse: `unbind` while the gateway is still open, `close` after it.
    """

    tap: Tap | None

    def bind(self, local: Harness, gateway: Gateway) -> Harness:
        """The harness the run uses, made from the local one."""
        ...

    def unbind(self) -> None: ...

    def abandon(self) -> None:
        """Interrupt the sandboxed calls in flight (a second Ctrl-C)."""
        ...

    def close(self) -> None: ...


class LocalPlacement:
    """Every sandbox on this machine: the local harness as it is."""

    tap: Tap | None = None

    def bind(self, local: Harness, gateway: Gateway) -> Harness:
        return local

    def unbind(self) -> None:
        """Nothing was bound."""

    def abandon(self) -> None:
        """Local sandboxes are removed by owner label (runner.remove_sandboxes)."""

    def close(self) -> None:
        """Nothing to let go of."""


# A placement for a run, from its config, its gateway config (run budget folded in), its
# directory and its sandbox image.
PlacementFactory = Callable[["RunConfig", GatewayConfig, Path, str], Placement]


def _local(config: RunConfig, gateway: GatewayConfig, run_root: Path, image: str) -> Placement:
    return LocalPlacement()


def _ray(config: RunConfig, gateway: GatewayConfig, run_root: Path, image: str) -> Placement:
    # optional: the ray extra, never imported on local runs
    from dgm.cluster.placement import RayPlacement

    slots = config.executor.workers * config.evaluation.workers
    return RayPlacement(config.executor.ray_address, slots, node_setup(config, gateway),
                        run_root, image)


def node_setup(config: RunConfig, gateway: GatewayConfig) -> NodeSetup:
    """What each node builds its harness from: the run's gateway, sandbox, benchmark and mode."""
    from dgm.cluster.node import NodeSetup  # optional: the cluster's side, not on local runs

    ev = config.evaluation
    needed = load_benchmark(ev.benchmark, **ev.benchmark_options).variants
    variants = {v: ensure_image(variant=v) for v in needed}  # the driver's, shipped to nodes
    return NodeSetup(gateway, config.sandbox, config.name, config.seed, ev.agent_timeout_s,
                     ev.benchmark, ev.benchmark_options, variants, mode=config.evolution.mode)


# Where attempts may run, by the name `executor.kind` takes; the one list.
PLACEMENTS: dict[str, PlacementFactory] = {"local": _local, "ray": _ray}
