"""One command in a fresh sandbox, run as the container's own process (no exec round trips)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sandbox import execution
from sandbox.cleanup import docker_errors, remove_container, shielded
from sandbox.client import client_for
from sandbox.config import Mount, SandboxConfig
from sandbox.errors import SandboxError
from sandbox.image import require_image
from sandbox.labels import sandbox_labels
from sandbox.result import ExecResult
from sandbox.spec import create_container

if TYPE_CHECKING:
    from docker import APIClient, DockerClient


def run_once(cmd: list[str], *, timeout: float, config: SandboxConfig | None = None,
             image: str | None = None, mounts: Sequence[Mount] = (), workdir: str | None = None,
             env: dict[str, str] | None = None, run_id: str = "adhoc",
             labels: dict[str, str] | None = None,
             client: DockerClient | None = None) -> ExecResult:
    """Run `cmd` in a new hardened container that is removed afterwards, whatever happens."""
    config = config or SandboxConfig()
    config.validate()
    checked = [m.checked() for m in mounts]
    with client_for(client) as client:
        image = image or require_image(client)
        api = client.api
        container_id = create_container(
            api, image, execution.wrap(cmd, timeout), config.user, config, checked,
            sandbox_labels(run_id, config.lifetime_s, labels), workdir, env)
        try:
            return _run(api, container_id, config, timeout)
        finally:
            shielded(lambda: remove_container(api, container_id))


def _run(api: APIClient, container_id: str, config: SandboxConfig, timeout: float) -> ExecResult:
    """Attach, start, read the output to the end, and wait for the exit status."""
    try:
        frames = api.attach(container_id, stdout=True, stderr=True, stream=True, demux=True)
        api.start(container_id)
        start = time.monotonic()
        kill = (timeout + config.watchdog_grace_s, "kill", lambda: _kill(api, container_id))
        got = execution.collect(frames, config.max_output_bytes, [kill])
        status = api.wait(container_id)["StatusCode"]
        duration = time.monotonic() - start
        oom = status != 0 and bool(api.inspect_container(container_id)["State"]["OOMKilled"])
    except docker_errors() as exc:
        raise SandboxError(f"sandbox run failed: {exc}", "run `dgm sandbox doctor`") from None
    return execution.result(status, got, duration, timeout, oom)


def _kill(api: APIClient, container_id: str) -> None:
    """The watchdog's last resort."""
    try:
        api.kill(container_id)
    except docker_errors():
        pass  # already gone: the stream ends either way
