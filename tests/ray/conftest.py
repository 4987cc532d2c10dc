"""Ray clusters on this machine only: several raylets on 127.0.0.1, small and short-lived."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

MB = 1024 * 1024
STORE = 100 * MB  # object store of each node: the runs pass small objects only
# Ray resolves "this node" to the machine's network address unless told it is a local-only
# setup; every raylet, and every driver the tests start, stays on loopback with this.
LOOPBACK_ENV = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}


@pytest.fixture(scope="session", autouse=True)
def loopback_only() -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in LOOPBACK_ENV}
    os.environ.update(LOOPBACK_ENV)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@contextmanager
def local_cluster(slots: list[int]) -> Iterator[tuple[Any, list[Any]]]:
    """A head offering no sandbox slot and one worker node per entry of `slots`."""
    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={
        "node_ip_address": "127.0.0.1", "num_cpus": 1, "object_store_memory": STORE,
        "include_dashboard": False})
    try:
        nodes = [cluster.add_node(node_ip_address="127.0.0.1", num_cpus=1,
                                  resources={"sandbox_slot": n}, object_store_memory=STORE)
                 for n in slots]
        cluster.wait_for_nodes()
        yield cluster, nodes
    finally:
        cluster.shutdown()


@pytest.fixture(scope="module")
def ray_here() -> Iterator[None]:
    """Ray in this process: one node on 127.0.0.1 with a CPU and no sandbox slot."""
    import ray

    ray.init(address="local", num_cpus=1, object_store_memory=STORE, include_dashboard=False,
             _node_ip_address="127.0.0.1", log_to_driver=False)
    yield
    ray.shutdown()
