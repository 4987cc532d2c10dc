"""Sandboxes made ahead and removed behind: each task still gets a fresh container, spares stop
at the batch's size, and nothing outlives the batch."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace

import docker
import pytest
from sb_helpers import sh

from sandbox import SandboxConfig
from sandbox import labels as lbl
from sandbox.prepared import Prepared

pytestmark = pytest.mark.docker


def run_containers(run_id: str) -> list[str]:
    """Ids of the containers (running or not) labelled with this run."""
    client = docker.from_env()
    try:
        found = client.api.containers(all=True, filters={"label": f"{lbl.RUN_ID}={run_id}"})
    finally:
        client.close()
    return [c["Id"] for c in found]


def settled(run_id: str, count: int, timeout: float = 30.0) -> list[str]:
    """The run's containers once there are `count` of them (spares start in the background)."""
    deadline = time.monotonic() + timeout
    while (found := run_containers(run_id)) and len(found) != count \
            and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


def test_each_open_gets_a_fresh_container_and_none_outlive_the_batch(
        sandbox_image: str, small: SandboxConfig) -> None:
    run_id = f"prep-{uuid.uuid4().hex[:8]}"
    seen = []
    with Prepared(expected=3) as pool:
        for n in range(3):
            with pool.open(small, image=sandbox_image, run_id=run_id,
                           labels={"dgm.role": "test"}) as sb:
                # Nothing of an earlier task is here: a container runs one task only.
                assert sh(sb, "ls -A /workspace /tmp") == "/tmp:\n\n/workspace:\n"
                sh(sb, f"echo task{n} > /workspace/mark; echo x > /tmp/mark")
                seen.append(sb.id)
                if n == 0:  # the spare for task 1 is being made while task 0 runs
                    assert len(settled(run_id, 2)) == 2
        assert len(set(seen)) == 3
    assert run_containers(run_id) == []


def test_no_spare_beyond_the_batch(sandbox_image: str, small: SandboxConfig) -> None:
    run_id = f"prep-{uuid.uuid4().hex[:8]}"
    with Prepared(expected=1) as pool:
        with pool.open(small, image=sandbox_image, run_id=run_id) as sb:
            time.sleep(1.0)  # a spare, were one made, would be starting by now
            assert run_containers(run_id) == [sb.id]
    assert run_containers(run_id) == []


def test_a_spare_serves_only_an_identical_request(sandbox_image: str,
                                                  small: SandboxConfig) -> None:
    run_id = f"prep-{uuid.uuid4().hex[:8]}"
    other = replace(small, pids=small.pids + 1)
    with Prepared(expected=2) as pool:
        with pool.open(small, image=sandbox_image, run_id=run_id) as first:
            pass
        with pool.open(other, image=sandbox_image, run_id=run_id) as sb:
            assert sb.id != first.id
            limit = sb.api.inspect_container(sb.id)["HostConfig"]["PidsLimit"]
            assert limit == small.pids + 1
    assert run_containers(run_id) == []


def test_a_spare_that_waited_too_long_is_replaced(sandbox_image: str,
                                                  small: SandboxConfig) -> None:
    run_id = f"prep-{uuid.uuid4().hex[:8]}"
    # No slack: a spare is a little older than its lifetime allows by the time it is taken.
    with Prepared(expected=2, slack_s=0.0) as pool:
        with pool.open(small, image=sandbox_image, run_id=run_id):
            pass
        spare = settled(run_id, 1)
        assert len(spare) == 1
        with pool.open(small, image=sandbox_image, run_id=run_id) as sb:
            assert sb.id != spare[0]
            assert sb.ends_at - time.time() > small.lifetime_s - 60
    assert run_containers(run_id) == []
