"""One command in a fresh sandbox, removed afterwards (`dgm sandbox run`).

It runs through an exec, as in any sandbox, rather than as the container's own process: the
keep-alive, of another uid, then bounds the container's life even if this process is killed
and the command disabled its own time limit (see spec.keepalive).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sandbox.config import Mount, SandboxConfig
from sandbox.container import open_sandbox
from sandbox.result import ExecResult

if TYPE_CHECKING:
    from docker import DockerClient


def run_once(cmd: list[str], *, timeout: float, config: SandboxConfig | None = None,
             image: str | None = None, mounts: Sequence[Mount] = (), workdir: str | None = None,
             env: dict[str, str] | None = None, run_id: str = "adhoc",
             labels: dict[str, str] | None = None,
             client: DockerClient | None = None) -> ExecResult:
    """Run `cmd` in a new hardened container that is removed afterwards, whatever happens."""
    with open_sandbox(config, image=image, mounts=mounts, run_id=run_id, labels=labels,
                      client=client) as sandbox:
        return sandbox.exec(cmd, timeout=timeout, workdir=workdir, env=env)
