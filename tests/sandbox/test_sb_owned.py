"""remove_owned(): a driver leaving in a hurry removes its own sandboxes, and only those."""

from __future__ import annotations

import os
import time

import docker
import pytest

from sandbox import SandboxConfig, open_sandbox, remove_owned
from sandbox import labels as lbl

pytestmark = pytest.mark.docker


def _exists(container_id: str) -> bool:
    try:
        docker.from_env().api.inspect_container(container_id)
    except docker.errors.NotFound:
        return False
    return True


def test_removes_this_process_sandboxes_and_leaves_others_alone(sandbox_image: str,
                                                                 small: SandboxConfig) -> None:
    api = docker.from_env().api
    other_owner = lbl.sandbox_labels("pytest-other", 600) | {lbl.OWNER_PID: str(os.getppid())}
    other = api.create_container(sandbox_image, command=["sleep", "60"], labels=other_owner)["Id"]
    try:
        with open_sandbox(small, image=sandbox_image, run_id="pytest-owned") as first, \
                open_sandbox(small, image=sandbox_image, run_id="pytest-owned") as second:
            began = time.monotonic()
            removed = remove_owned(within_s=20.0)
            assert time.monotonic() - began < 20.0
            assert {first.id[:12], second.id[:12]} <= set(removed)
            assert not _exists(first.id) and not _exists(second.id)
        assert _exists(other) and other[:12] not in removed
    finally:
        api.remove_container(other, force=True)


def test_nothing_owned_is_quick(sandbox_image: str) -> None:
    began = time.monotonic()
    assert remove_owned(pid=999_999_999, within_s=5.0) == []
    assert time.monotonic() - began < 5.0
