"""A long-lived hardened container: copy files in and out, run commands; removed on every path."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ground.phases import phase
from sandbox import execution, leaving, transfer
from sandbox.cleanup import docker_errors, remove_container, shielded
from sandbox.client import client_for
from sandbox.config import Mount, SandboxConfig
from sandbox.errors import SandboxError
from sandbox.image import require_image
from sandbox.labels import deadline, sandbox_labels
from sandbox.result import ExecResult
from sandbox.spec import KEEPER_USER, create_container, keepalive, uid_gid

if TYPE_CHECKING:
    from docker import DockerClient

log = logging.getLogger(__name__)
WATCHDOG_KILLED = "the watchdog killed it when a command outlived its time limit"
LONGER = "raise lifetime_s in the [sandbox] table above the longest time limit plus 2 x " \
         "watchdog_grace_s"


class Sandbox:
    """A running container; use open_sandbox() rather than making one directly."""

    def __init__(self, client: DockerClient, container_id: str, config: SandboxConfig,
                 mounts: Sequence[Mount], ends_at: float) -> None:
        self.client = client
        self.api = client.api
        self.id = container_id
        self.config = config
        self.mounts = list(mounts)
        self.ends_at = ends_at  # unix time the container ends itself (its expiry label)
        self.oom_kills_seen = 0
        self.gone: str | None = None  # why the container no longer exists, once it does not

    def exec(self, cmd: list[str], *, timeout: float, workdir: str | None = None,
             env: dict[str, str] | None = None) -> ExecResult:
        """Run `cmd` as the sandbox user with a hard time limit; what happens is data.

        SandboxError when the sandbox would end before the limit (and the watchdog's grace)
        passed, or is gone: its lifetime ended, or the watchdog killed it earlier.
        """
        wrapped = execution.wrap(cmd, timeout)
        self._check_usable(timeout)
        with self._failures("run a command"):
            exec_id = self.api.exec_create(self.id, wrapped, user=self.config.user,
                                           environment=dict(env or {}), workdir=workdir)["Id"]
            start = time.monotonic()
            frames = self.api.exec_start(exec_id, stream=True, demux=True)
            try:
                got = execution.collect(frames, self.config.max_output_bytes,
                                        self._watchdog_steps(timeout))
            finally:
                _close_stream(frames)
            duration = time.monotonic() - start
            status = self._exit_status(exec_id)
        if status != 0:
            self._check_survived(status, got.watchdog)
        oom = self._after_failure() if status != 0 and self.gone is None else False
        return execution.result(status, got, duration, timeout, oom)

    def put(self, host_path: Path, container_dir: str) -> None:
        """Copy a host file, or a host dir's contents, into a container dir (made if missing)."""
        host_path = Path(host_path)
        if not host_path.exists():
            raise SandboxError(f"cannot copy {host_path} into the sandbox: it does not exist",
                               "check the path")
        root, rest = self._writable_root(container_dir)
        self._check_usable()
        uid, gid = uid_gid(self.config.user)
        with phase("copy in"), transfer.pack(host_path, rest, uid, gid) as archive, \
                self._failures("copy in"):
            self.api.put_archive(self.id, root, archive)

    def get(self, container_path: str, host_dir: Path) -> bool:
        """Copy a container file or dir (by its name) into host_dir; False when it is absent."""
        from docker.errors import NotFound  # heavy: docker

        self._check_usable()
        with phase("copy out"), self._failures("copy out"):
            try:
                chunks, _ = self.api.get_archive(self.id, container_path)
            except NotFound:
                self._check_exists()
                return False
            transfer.unpack(chunks, Path(host_dir))
        return True

    def close(self) -> None:
        """Kill and remove the container and its volumes (gone already is fine)."""
        remove_container(self.api, self.id)

    def _check_usable(self, timeout: float = 0.0) -> None:
        """SandboxError when the container is gone, or ends before `timeout` s and the grace."""
        if self.gone is not None:
            raise SandboxError(f"sandbox {self.id[:12]} is gone: {self.gone}",
                               "open a new sandbox")
        left = self.ends_at - time.time()
        if left <= 0:
            raise SandboxError(f"sandbox {self.id[:12]} has ended: its lifetime of "
                               f"{self.config.lifetime_s:g} s is over", LONGER)
        if timeout and timeout + 2 * self.config.watchdog_grace_s >= left:
            raise SandboxError(f"a command limited to {timeout:g} s would outlast sandbox "
                               f"{self.id[:12]}, which ends in {left:.0f} s (lifetime_s = "
                               f"{self.config.lifetime_s:g})", LONGER)

    def _exit_status(self, exec_id: str) -> int | None:
        """The command's exit status; None when the container, with its exec records, is gone."""
        from docker.errors import NotFound  # heavy: docker

        try:
            status: int | None = self.api.exec_inspect(exec_id)["ExitCode"]
        except NotFound:
            return None
        return status

    def _check_survived(self, status: int | None, fired: list[str]) -> None:
        """After a failed command: note a watchdog kill; SandboxError if the container ended."""
        if "kill" in fired:
            self.gone = WATCHDOG_KILLED
        elif time.time() >= self.ends_at:
            self.gone = f"its lifetime of {self.config.lifetime_s:g} s ended during a command"
            raise SandboxError(f"sandbox {self.id[:12]} ended: {self.gone}", LONGER)
        elif status is None:
            self.gone = "it was removed from outside during a command"
            raise SandboxError(f"sandbox {self.id[:12]} ended: {self.gone}",
                               "do not remove the containers of a running dgm process")

    def _check_exists(self) -> None:
        """SandboxError when the container was removed (a path missing in it is no error)."""
        from docker.errors import NotFound  # heavy: docker

        try:
            self.api.inspect_container(self.id)
        except NotFound:
            self.gone = "it was removed from outside"
            raise SandboxError(f"sandbox {self.id[:12]} is gone: {self.gone}",
                               "do not remove the containers of a running dgm process") from None

    @contextmanager
    def _failures(self, doing: str) -> Iterator[None]:
        """Docker failing under us (daemon gone, container removed) becomes a SandboxError."""
        try:
            yield
        except docker_errors() as exc:
            raise SandboxError(f"sandbox {self.id[:12]} could not {doing}: {exc}",
                               "check `dgm sandbox doctor`") from None

    def _writable_root(self, container_dir: str) -> tuple[str, PurePosixPath]:
        """The writable mount holding container_dir, and the path below it."""
        target = PurePosixPath(container_dir)
        roots = [*self.config.volumes, *(m.container for m in self.mounts if not m.read_only)]
        for root in sorted(roots, key=len, reverse=True):
            if target == PurePosixPath(root) or PurePosixPath(root) in target.parents:
                return root, target.relative_to(root)
        raise SandboxError(f"cannot copy into {container_dir}: it is not writable in the sandbox",
                           f"use one of {', '.join(sorted(roots))}")

    def _watchdog_steps(self, timeout: float) -> list[execution.Step]:
        grace = self.config.watchdog_grace_s
        return [(timeout + grace, "sweep", self._sweep), (timeout + 2 * grace, "kill", self._kill)]

    def _sweep(self) -> None:
        """End every process of the sandbox user, from a fresh exec."""
        try:
            sweep = self.api.exec_create(self.id, execution.SWEEP, user=self.config.user)
            self.api.exec_start(sweep["Id"])
        except docker_errors() as exc:
            log.warning("watchdog could not sweep sandbox %s: %s", self.id[:12], exc)

    def _kill(self) -> None:
        """The watchdog's last resort: kill the container, which the daemon then removes."""
        self.gone = WATCHDOG_KILLED
        try:
            self.api.kill(self.id)
        except docker_errors() as exc:
            log.warning("watchdog could not kill sandbox %s: %s", self.id[:12], exc)

    def _after_failure(self) -> bool:
        """End the user's leftover processes; return whether the OOM killer struck meanwhile."""
        try:
            probe = self.api.exec_create(self.id, execution.AFTER_FAILURE, user=self.config.user)
            count = execution.oom_kill_count(self.api.exec_start(probe["Id"]))
        except docker_errors():
            return False
        if count is None or count <= self.oom_kills_seen:
            return False
        self.oom_kills_seen = count
        return True


def _close_stream(frames: object) -> None:
    """Release an exec's output stream: shut its socket and close the response holding it.

    Closing the stream alone leaves the file open under the response's reader, and the
    response sits in a reference cycle: a long run's driver held each finished exec's socket
    until the garbage collector came by, and its open fds climbed for minutes.
    """
    close = getattr(frames, "close", None)
    if close is not None:
        shielded(close)
    response = getattr(frames, "_response", None)  # docker-py keeps no public handle on it
    if response is not None:
        shielded(response.close)


@contextmanager
def open_sandbox(config: SandboxConfig | None = None, *, image: str | None = None,
                 mounts: Sequence[Mount] = (), run_id: str = "adhoc",
                 labels: dict[str, str] | None = None, client: DockerClient | None = None,
                 ) -> Iterator[Sandbox]:
    """A started hardened sandbox, removed with its volumes however the block is left."""
    with client_for(client) as client:
        sandbox = start_sandbox(client, config or SandboxConfig(), image=image, mounts=mounts,
                                run_id=run_id, labels=labels)
        try:
            yield sandbox
        finally:
            with phase("sandbox teardown"):
                shielded(sandbox.close)


def start_sandbox(client: DockerClient, config: SandboxConfig, *, image: str | None,
                  mounts: Sequence[Mount], run_id: str, labels: dict[str, str] | None,
                  ) -> Sandbox:
    """A started hardened sandbox; its caller closes it (open_sandbox does, on every path)."""
    config.validate()
    checked = [m.checked() for m in mounts]
    image = image or require_image(client)
    return _start(client, image, config, checked,
                  sandbox_labels(run_id, config.lifetime_s, labels))


def _start(client: DockerClient, image: str, config: SandboxConfig, mounts: list[Mount],
           labels: dict[str, str]) -> Sandbox:
    """Create and start the container; nothing is left behind if starting fails, or if the
    process began leaving meanwhile (see sandbox.leaving)."""
    api = client.api
    with leaving.creating(), phase("sandbox create"):
        container_id = create_container(api, image, keepalive(labels), KEEPER_USER, config,
                                        mounts, labels)
    sandbox = Sandbox(client, container_id, config, mounts, deadline(labels))
    try:
        with phase("sandbox start"):
            api.start(container_id)
        leaving.check_staying()
    except BaseException as exc:
        shielded(sandbox.close)
        if isinstance(exc, docker_errors()):
            raise SandboxError(f"cannot start a sandbox: {exc}", "run `dgm sandbox doctor`") \
                from None
        raise
    return sandbox
