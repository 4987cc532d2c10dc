"""Helpers of the Ray tests: a cluster of raylets on this machine only (127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MB = 1024 * 1024
STORE = 100 * MB  # object store of each node: the runs pass small objects only


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
