"""The Docker create request for a hardened container, from a SandboxConfig."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sandbox.config import Mount, SandboxConfig, parse_size
from sandbox.errors import image_missing
from sandbox.labels import deadline

if TYPE_CHECKING:
    from docker import APIClient
    from docker.types import HostConfig
    from docker.types import Mount as DockerMount

# The long-lived container's keep-alive runs as its own uid, so that ending every process of
# the sandbox user after a time limit (`kill -1` as that user) leaves the container running.
KEEPER_USER = "1001:1001"


def keepalive(labels: dict[str, str]) -> list[str]:
    """The keep-alive: sleep until the expiry label's time, when the container ends itself.

    With auto-remove, the daemon then removes it and its volumes, whether or not its owner
    still runs: a container outlives its deadline only while it was created but not started.
    """
    return ["sleep", str(max(1, math.ceil(deadline(labels) - time.time())))]


def uid_gid(user: str) -> tuple[int, int]:
    """The numeric uid and gid of a 'uid:gid' user string."""
    uid, _, gid = user.partition(":")
    return int(uid), int(gid or uid)


def volume_mounts(config: SandboxConfig, labels: dict[str, str]) -> list[DockerMount]:
    """One anonymous, labelled, size-bounded tmpfs volume per writable dir."""
    # heavy: docker
    from docker.types import DriverConfig
    from docker.types import Mount as DockerMount

    uid, gid = uid_gid(config.user)
    mounts = []
    for target, size in config.volumes.items():
        mode = "1777" if target == "/tmp" else "0755"
        options = f"size={parse_size(size)},uid={uid},gid={gid},mode={mode},nosuid,nodev"
        driver = DriverConfig("local", {"type": "tmpfs", "device": "tmpfs", "o": options})
        mounts.append(DockerMount(target, None, type="volume", labels=labels,
                                  driver_config=driver))
    return mounts


def bind_mounts(mounts: Sequence[Mount]) -> list[DockerMount]:
    """Docker bind mounts for checked host mounts."""
    from docker.types import Mount as DockerMount  # heavy: docker

    return [DockerMount(m.container, str(m.host), type="bind", read_only=m.read_only)
            for m in mounts]


def host_config(api: APIClient, config: SandboxConfig, mounts: Sequence[Mount],
                labels: dict[str, str]) -> HostConfig:
    """The HostConfig: no network, no capabilities, limits, read-only root, only these mounts.

    The daemon removes the container, with its volumes, as soon as its first process ends.
    """
    from docker.types import LogConfig, Ulimit  # heavy: docker

    memory = parse_size(config.memory)
    file_size = parse_size(config.file_size)
    core = -1 if config.core_dumps else 0
    ulimits = [Ulimit(name="nofile", soft=config.nofile, hard=config.nofile),
               Ulimit(name="fsize", soft=file_size, hard=file_size),
               Ulimit(name="core", soft=core, hard=core)]
    return api.create_host_config(
        network_mode=config.network, cap_drop=["ALL"], cap_add=config.cap_add or None,
        security_opt=["no-new-privileges:true"] if config.no_new_privileges else None,
        read_only=config.read_only_root, mem_limit=memory, memswap_limit=memory,
        nano_cpus=int(config.cpus * 1e9), pids_limit=config.pids, ulimits=ulimits,
        init=config.init, ipc_mode="private", privileged=False, auto_remove=True,
        mounts=volume_mounts(config, labels) + bind_mounts(mounts),
        log_config=LogConfig(type="none"))


def create_container(api: APIClient, image: str, command: list[str], user: str,
                     config: SandboxConfig, mounts: Sequence[Mount], labels: dict[str, str],
                     workdir: str | None = None, env: dict[str, str] | None = None) -> str:
    """Create (not start) the container; return its id. Never pulls a missing image."""
    from docker.errors import ImageNotFound  # heavy: docker

    try:
        created = api.create_container(
            image, command=command, user=user, environment=dict(env or {}), labels=labels,
            working_dir=workdir, hostname="sandbox", network_disabled=config.network == "none",
            host_config=host_config(api, config, mounts, labels))
    except ImageNotFound:
        raise image_missing(image) from None
    container_id: str = created["Id"]
    return container_id
