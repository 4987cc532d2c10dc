"""remove_owned(): a driver leaving in a hurry removes its own sandboxes, and only those."""

from __future__ import annotations

import os
import threading
import time

import docker
import pytest

from sandbox import SandboxConfig, SandboxError, leaving, open_sandbox, remove_owned
from sandbox import labels as lbl


def _exists(container_id: str) -> bool:
    try:
        docker.from_env().api.inspect_container(container_id)
    except docker.errors.NotFound:
        return False
    return True


@pytest.mark.docker
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


@pytest.mark.docker
def test_nothing_owned_is_quick(sandbox_image: str) -> None:
    began = time.monotonic()
    assert remove_owned(pid=999_999_999, within_s=5.0) == []
    assert time.monotonic() - began < 5.0


@pytest.mark.docker
def test_waits_for_a_sandbox_in_creation(sandbox_image: str) -> None:
    """A thread inside `docker create` when the removal lists the containers: its container,
    made after that listing, is removed too (a SIGTERM'd driver used to leave it behind)."""
    api = docker.from_env().api
    created: list[str] = []

    def slow_create() -> None:
        with leaving.creating():
            time.sleep(1.0)  # the removal's first listing happens meanwhile
            labels = lbl.sandbox_labels("pytest-owned", 600)
            created.append(api.create_container(sandbox_image, command=["sleep", "60"],
                                                labels=labels)["Id"])

    thread = threading.Thread(target=slow_create)
    thread.start()
    try:
        while leaving.creations_in_flight() == 0:
            time.sleep(0.01)
        removed = remove_owned(within_s=20.0)
        thread.join()
        assert created and removed == [created[0][:12]]
        assert not _exists(created[0])
    finally:
        thread.join()
        for container_id in created:
            if _exists(container_id):
                api.remove_container(container_id, force=True)


def test_a_leaving_process_creates_nothing() -> None:
    leaving.refuse_new_sandboxes("the run was terminated")
    try:
        with pytest.raises(SandboxError, match="terminated"), leaving.creating():
            pass
        assert leaving.creations_in_flight() == 0
    finally:
        leaving.refuse_new_sandboxes(None)
    with leaving.creating():
        assert leaving.creations_in_flight() == 1
    assert leaving.creations_in_flight() == 0
