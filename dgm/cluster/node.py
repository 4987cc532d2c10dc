"""What runs on a node: one sandboxed call with the node's own gateway, image and Docker.

The node's gateway holds the credentials found in the node's environment, asks the
run's usage desk before each live exchange and reports each exchange to it; nothing
is kept on the node once the call returns.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dgm.cluster.desk import DeskTap
from dgm.cluster.image import ensure_node_image
from dgm.cluster.trees import unpack
from dgm.gateway import Gateway, GatewayConfig
from dgm.gateway.recordings import Recording, attempt_dirname
from evals import load_benchmark
from evals.harness import Harness
from sandbox import SandboxConfig, collect_garbage


@dataclass(frozen=True)
class NodeSetup:
    """What a node needs of the run to build its harness: no more of the run's config."""

    gateway: GatewayConfig  # with the run's budget folded in
    sandbox: SandboxConfig
    run_id: str
    seed: int
    agent_timeout_s: float
    benchmark: str
    benchmark_options: dict[str, str]
    # The driver's images of the variants its benchmark's tasks need (`polyglot`), by variant:
    # a node that lacks one loads it from the depot before such a task.
    variant_images: dict[str, str] = field(default_factory=dict)
    # The run's evolution.mode: the roles the node's gateway serves (hyperagent: meta_agent).
    mode: str = "dgm"


@dataclass
class NodeCall:
    """One piece of sandboxed work sent to a node, with everything it needs."""

    call_id: str
    method: str  # a key of METHODS
    label: str  # what `dgm status` shows while it runs
    setup: NodeSetup
    image: str  # the driver's sandbox image tag
    trees: dict[str, bytes]  # packed directories by name: "agent", "repo" (and "export")
    args: dict[str, Any]  # the method's other arguments
    recordings: list[Recording]  # the billed attempt's recordings so far: reuse and numbering
    reuse: bool  # whether the node's gateway may answer from those recordings


def serve(call: NodeCall, desk: Any, depot: Any) -> Any:
    """Run `call` here (the body of the Ray task); returns what the harness method returns."""
    import ray  # optional: the ray extra

    node_id = ray.get_runtime_context().get_node_id()
    ray.get(desk.started.remote(call.call_id, node_id, call.label))
    collect_garbage()  # sandboxes left on this host by a process that died (a killed worker)
    ensure_node_image(call.image, depot)
    variant = _task(call).sandbox_variant if call.method in ("smoke", "run_task") else None
    if variant in call.setup.variant_images:
        ensure_node_image(call.setup.variant_images[variant], depot)
    with tempfile.TemporaryDirectory(prefix="dgm-node-") as tmp:
        root = Path(tmp)
        trees = {name: unpack(data, root / name) for name, data in call.trees.items()}
        with node_harness(call, desk, root / "run") as harness:
            return METHODS[call.method](harness, call, trees)


@contextmanager
def node_harness(call: NodeCall, desk: Any, run_root: Path) -> Iterator[Any]:
    """A harness whose gateway runs here, seeded with the billed attempt's recordings."""
    setup = call.setup
    gw_config = replace(setup.gateway, reuse_recordings=call.reuse)
    seed_recordings(run_root / "recordings", call.recordings)
    with Gateway(gw_config, run_root, tap=DeskTap(desk), mode=setup.mode) as gateway:
        yield Harness(gateway, setup.sandbox, call.image, setup.run_id, setup.seed,
                      setup.agent_timeout_s)


def seed_recordings(root: Path, recordings: list[Recording]) -> None:
    """Lay recordings out as the driver has them: <root>/<attempt>/<seq>.json."""
    for rec in recordings:
        folder = root / attempt_dirname(rec.attempt_id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{rec.seq:06d}.json").write_text(json.dumps(rec.to_dict()), encoding="utf-8")


def _task(call: NodeCall) -> Any:
    setup = call.setup
    return load_benchmark(setup.benchmark, **setup.benchmark_options).task(call.args["task_id"])


def _run_agent(harness: Any, call: NodeCall, trees: dict[str, Path]) -> Any:
    a = call.args
    return harness.run_agent(trees["agent"], a["problem"], trees["repo"], a["context"],
                             a["timeout_s"])


def _run_meta_agent(harness: Any, call: NodeCall, trees: dict[str, Path]) -> Any:
    a = call.args
    return harness.run_meta_agent(trees["agent"], trees["repo"], trees["export"], a["context"],
                                  a["iterations_left"], a["timeout_s"])


def _self_check(harness: Any, call: NodeCall, trees: dict[str, Path]) -> Any:
    return harness.self_check(trees["agent"], call.args["entry"])


def _smoke(harness: Any, call: NodeCall, trees: dict[str, Path]) -> Any:
    return harness.smoke(trees["agent"], _task(call), call.args["key"])


def _run_task(harness: Any, call: NodeCall, trees: dict[str, Path]) -> Any:
    return harness.run_task(trees["agent"], _task(call), call.args["key"], call.args["repeat"])


def _noop(harness: Any, call: NodeCall, trees: dict[str, Path]) -> None:
    """Nothing: what a call costs beyond its sandbox work (benchmarks)."""


METHODS: dict[str, Callable[[Any, NodeCall, dict[str, Path]], Any]] = {
    "run_agent": _run_agent, "run_meta_agent": _run_meta_agent, "self_check": _self_check,
    "smoke": _smoke, "run_task": _run_task, "noop": _noop}
