"""Ray executor: evaluation throughput on local clusters vs the local harness; Ray's overhead.

Run with `python -m benchmarks ray`. Needs Docker, the sandbox image and the ray extra.
Every cluster is a set of raylets on this machine, on 127.0.0.1 only. On one machine
more nodes add no cores: the figures show what Ray costs, not what more hosts would give.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TASKS = 4  # benchmark tasks per evaluation (the toy model, the seed agent)
ROUND_TRIPS = 200
MB = 1024 * 1024


def _config(at_once: int = 1, kind: str = "ray", address: str | None = None) -> Any:
    from dgm.config import RunConfig

    config = RunConfig(name="bench-ray")  # the toy model serves every role by default
    config.evaluation.workers = at_once
    config.executor.kind, config.executor.workers, config.executor.ray_address = kind, 1, address
    return config


@contextmanager
def _cluster(slots: list[int]) -> Iterator[str]:
    """Raylets on 127.0.0.1: a head without sandbox slots, a worker node per entry of `slots`."""
    from ray.cluster_utils import Cluster

    node = {"node_ip_address": "127.0.0.1", "num_cpus": 1, "object_store_memory": 100 * MB}
    cluster = Cluster(initialize_head=True, head_node_args={**node, "include_dashboard": False})
    try:
        for n in slots:
            cluster.add_node(**node, resources={"sandbox_slot": n})
        cluster.wait_for_nodes()
        yield cluster.address
    finally:
        cluster.shutdown()


def _evaluate(address: str | None, local: bool, at_once: int) -> float:
    """Tasks per minute of one evaluation of the seed agent (local harness or via Ray)."""
    from dgm.runner import SEED_DIR
    from dgm.services import open_services

    config = _config(at_once, "local" if local else "ray", address)
    with tempfile.TemporaryDirectory(prefix="dgm-bench-ray-") as tmp, \
            open_services(config, Path(tmp)) as svc:
        if not local:
            _warm_up(svc.placement.runner, at_once)
        tasks = [svc.bench.task(i) for i in svc.bench.split("small")[:TASKS]]
        start = time.perf_counter()
        svc.harness.evaluate(SEED_DIR, tasks, "bench", at_once)
        return len(tasks) / (time.perf_counter() - start) * 60


def _warm_up(runner: Any, at_once: int) -> None:
    """Start a worker process per slot (each imports the project once) before timing."""
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        list(pool.map(lambda i: runner.run("noop", f"warm/{i}", "coding_agent", {}, {}),
                      range(at_once)))


def _p50_ms(fn: Callable[[], Any], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def overheads() -> dict[str, float]:
    """p50 ms of a no-op Ray task, of a no-op call through our node machinery, of a desk check."""
    import ray

    from dgm.cluster.desk import DeskTap
    from dgm.evolution.protocols import CallContext
    from dgm.services import open_services

    with tempfile.TemporaryDirectory(prefix="dgm-bench-ray-") as tmp, \
            open_services(_config(), Path(tmp)) as svc:
        noop = ray.remote(num_cpus=0, resources={"sandbox_slot": 1})(lambda: None)
        runner, tap = svc.placement.runner, DeskTap(svc.placement.desk)
        context = CallContext("bench-ray", "a", "coding_agent")
        return {
            "no-op Ray task, submit to result": _p50_ms(lambda: ray.get(noop.remote()),
                                                        ROUND_TRIPS),
            "no-op node call (gateway, gc, image check, commit)": _p50_ms(
                lambda: runner.run("noop", "bench/noop", "coding_agent", {}, {}), 20),
            "usage desk check, per model exchange": _p50_ms(lambda: tap.check(context),
                                                           ROUND_TRIPS),
        }


def main() -> None:
    """Print Ray's per-task overhead and evaluation throughput in each set-up."""
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # loopback only; before ray
    print("overhead per call, p50:")
    for name, ms in overheads().items():
        print(f"  {name:<52} {ms:8.1f} ms")
    print(f"evaluation throughput, seed agent on {TASKS} toy tasks:")
    for label, slots in SETUPS:
        at_once = sum(slots or [2])
        figure = _on_cluster(slots) if slots else _evaluate(None, True, at_once)
        print(f"  {label:<52} {figure:8.2f} tasks/min", flush=True)


SETUPS: list[tuple[str, list[int] | None]] = [  # worker nodes' sandbox slots; None: no Ray
    ("local harness, 2 at once", None),
    ("Ray, 1 worker node x 2 slots", [2]),
    ("Ray, 2 worker nodes x 1 slot", [1, 1]),
    ("Ray, 2 worker nodes x 2 slots (4 at once)", [2, 2]),
]


def _on_cluster(slots: list[int]) -> float:
    with _cluster(slots) as address:
        return _evaluate(address, False, sum(slots))
