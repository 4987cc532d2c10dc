"""Ray on this machine only: raylets on 127.0.0.1, small and short-lived."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from ray_helpers import STORE

# Ray resolves "this node" to the machine's network address unless told it is a local-only
# setup, and reads that when it is first imported: set here, before any test imports it, so
# every raylet and every driver the tests start (they inherit it) stays on 127.0.0.1.
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")


@pytest.fixture(scope="module")
def ray_here() -> Iterator[None]:
    """Ray in this process: one node on 127.0.0.1 with a CPU and no sandbox slot."""
    import ray

    ray.init(address="local", num_cpus=1, object_store_memory=STORE, include_dashboard=False,
             _node_ip_address="127.0.0.1", log_to_driver=False)
    yield
    ray.shutdown()
