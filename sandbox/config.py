"""What a sandbox may do: hardened defaults, each overridable from the [sandbox] TOML table."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ground.jsontypes import JsonObject
from ground.tomlconfig import from_table
from sandbox.errors import SandboxError

_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)
# Paths that would hand the sandbox the Docker daemon, i.e. root on the host.
DOCKER_SOCKETS = ("/var/run/docker.sock", "/run/docker.sock")


def parse_size(value: str | int) -> int:
    """Bytes in a size such as 512m, 2g, 1.5GiB or a plain integer."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise SandboxError(f"bad size {value!r}", "write sizes like 512m, 2g or 1073741824")
    number, unit = match.groups()
    return int(float(number) * _UNITS[unit.lower()])


def _default_volumes() -> dict[str, str]:
    return {"/workspace": "1g", "/out": "256m", "/tmp": "512m"}


@dataclass
class SandboxConfig:
    """How a sandbox is confined. The defaults are the hardened ones."""

    network: str = "none"  # Docker network mode; "none" leaves only the loopback interface
    user: str = "1000:1000"  # uid:gid every command runs as (never root)
    memory: str = "2g"  # memory limit; swap limit is the same, so no swap at all
    cpus: float = 1.0  # CPU quota, in cores
    pids: int = 256  # most processes and threads alive at once
    # Writable dirs (container path -> size), tmpfs-backed labelled volumes; the rest is read-only.
    volumes: dict[str, str] = field(default_factory=_default_volumes)
    read_only_root: bool = True  # the image's filesystem cannot be written
    cap_add: list[str] = field(default_factory=list)  # capabilities given back (all are dropped)
    no_new_privileges: bool = True  # setuid binaries and file capabilities do not elevate
    init: bool = True  # an init process reaps orphans as PID 1
    nofile: int = 1024  # open files per process
    file_size: str = "1g"  # largest file a process may write
    core_dumps: bool = False  # whether crashing processes may dump core
    max_output_bytes: int = 1_000_000  # stdout and stderr kept per command, each (head and tail)
    # Seconds a sandbox lives at most: then its container ends itself and the daemon removes
    # it, even when its owner was killed. Must cover the longest command plus 2 x the watchdog
    # grace (a command that would outlast it is refused) and the copying out after it.
    lifetime_s: float = 43200.0
    watchdog_grace_s: float = 10.0  # host-side kill this long after a command's time limit
    image_source: str = "auto"  # how `dgm sandbox build` makes the image: auto|offline|registry

    @classmethod
    def from_dict(cls, table: Mapping[str, object]) -> SandboxConfig:
        """Build from the [sandbox] TOML table, naming any unknown or mistyped key."""
        config = from_table(cls, table, "sandbox")
        config.validate()
        return config

    def to_dict(self) -> JsonObject:
        """The table from_dict reads."""
        return asdict(self)

    def validate(self) -> None:
        """Raise SandboxError when a value cannot work."""
        for size in (self.memory, self.file_size, *self.volumes.values()):
            parse_size(size)
        for path in self.volumes:
            _check_container_path(path)
        uid, _, gid = self.user.partition(":")
        if not (uid.isdigit() and gid.isdigit()) or int(uid) in (0, 1001):
            raise SandboxError(f"bad sandbox user {self.user!r}",
                               "give a numeric uid:gid, not root (0) nor the keeper (1001)")
        if self.cpus <= 0 or self.pids <= 0 or self.nofile <= 0 or self.max_output_bytes < 0:
            raise SandboxError("cpus, pids, nofile and max_output_bytes must be positive",
                               "fix the [sandbox] table")
        if self.lifetime_s < 1 or self.watchdog_grace_s < 0:
            raise SandboxError(f"bad sandbox lifetime_s {self.lifetime_s} or watchdog_grace_s "
                               f"{self.watchdog_grace_s}", "give lifetime_s >= 1 and a "
                               "watchdog_grace_s >= 0 in the [sandbox] table")
        if self.image_source not in ("auto", "offline", "registry"):
            raise SandboxError(f"unknown image_source {self.image_source!r}",
                               "valid: auto, offline, registry")


@dataclass(frozen=True)
class Mount:
    """A host path made visible in the sandbox; read-only unless stated."""

    host: Path
    container: str
    read_only: bool = True

    def checked(self) -> Mount:
        """This mount with an absolute host path, or SandboxError when it is unsafe or missing."""
        _check_container_path(self.container)
        host = Path(self.host).expanduser().resolve()
        if not host.exists():
            raise SandboxError(f"mount source {host} does not exist", "create it or fix the path")
        if _exposes_docker(host):
            raise SandboxError(f"refusing to mount {host}: it exposes the Docker socket",
                               "mount a directory that does not hold docker.sock")
        return Mount(host, self.container, self.read_only)

    @classmethod
    def parse(cls, spec: str) -> Mount:
        """Parse HOST:CONTAINER[:ro|:rw] (read-only when no mode is given)."""
        parts = spec.split(":")
        mode = parts.pop() if len(parts) == 3 else "ro"
        if len(parts) != 2 or mode not in ("ro", "rw") or not all(parts):
            raise SandboxError(f"bad mount {spec!r}", "write it as HOST:CONTAINER[:ro|:rw]")
        return cls(Path(parts[0]), parts[1], read_only=mode == "ro")


def _check_container_path(path: str) -> None:
    if not path.startswith("/") or path == "/" or ".." in path.split("/"):
        raise SandboxError(f"bad container path {path!r}", "use an absolute path below /")


def _exposes_docker(host: Path) -> bool:
    sockets = {Path(s).resolve() for s in DOCKER_SOCKETS if Path(s).exists()}
    if host in sockets or host.name == "docker.sock":
        return True
    return any(s.is_relative_to(host) for s in sockets)
