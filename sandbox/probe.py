"""Facts about the confinement, gathered from inside a sandbox; run as a script there.

Standard library only: `dgm sandbox doctor` sends this file's source to `python -c`.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

CGROUP = Path("/sys/fs/cgroup")
# (cgroup v1 file, cgroup v2 file) for each limit.
CGROUP_FILES = {
    "pids_max": ("pids/pids.max", "pids.max"),
    "memory_max": ("memory/memory.limit_in_bytes", "memory.max"),
    "memory_swap_max": ("memory/memory.memsw.limit_in_bytes", "memory.swap.max"),
    "cpu_quota": ("cpu/cpu.cfs_quota_us", "cpu.max"),
    "cpu_period": ("cpu/cpu.cfs_period_us", ""),
}
LIMITS = {"Max open files": "nofile", "Max file size": "fsize", "Max core file size": "core"}


def read(path: Path | str) -> str | None:
    """A file's stripped text, or None when it cannot be read."""
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def status_fields() -> dict[str, str]:
    """Selected fields of /proc/self/status."""
    wanted = ("CapEff", "CapPrm", "CapBnd", "NoNewPrivs", "Seccomp")
    lines = (read("/proc/self/status") or "").splitlines()
    pairs = (line.split(":", 1) for line in lines if ":" in line)
    return {k: v.strip() for k, v in pairs if k in wanted}


def cgroup_limits() -> dict[str, str | None]:
    """The container's cgroup limits (v1 or v2 files, whichever exist)."""
    found: dict[str, str | None] = {}
    for name, (v1, v2) in CGROUP_FILES.items():
        found[name] = read(CGROUP / v1) or (read(CGROUP / v2) if v2 else None)
    return found


def rlimits() -> dict[str, str]:
    """Soft limits from /proc/self/limits."""
    found = {}
    for line in (read("/proc/self/limits") or "").splitlines():
        for label, key in LIMITS.items():
            if line.startswith(label):
                found[key] = line[len(label):].split()[0]
    return found


def root_writable() -> bool:
    """Whether a file can be created outside the writable dirs."""
    try:
        Path("/probe-write-test").touch()
    except OSError:
        return False
    return True


def name_resolves() -> bool:
    """Whether a public name resolves (with no network nothing can be sent)."""
    try:
        socket.getaddrinfo("deb.debian.org", 80)
    except OSError:
        return False
    return True


def writable_mounts() -> dict[str, str]:
    """Filesystem type and size of each writable dir, from /proc/mounts and statvfs."""
    found = {}
    for line in (read("/proc/mounts") or "").splitlines():
        fields = line.split()
        if len(fields) > 3 and fields[1] in ("/workspace", "/out", "/tmp"):
            stat = os.statvfs(fields[1])
            found[fields[1]] = f"{fields[2]} {stat.f_blocks * stat.f_frsize}"
    return found


def setuid_files(roots: tuple[str, ...] = ("/usr", "/bin", "/sbin")) -> list[str]:
    """Setuid or setgid files in the system dirs."""
    hits = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                if not os.path.islink(path) and os.lstat(path).st_mode & 0o6000:
                    hits.append(path)
    return sorted(set(hits))


def facts() -> dict[str, object]:
    """Everything the doctor checks."""
    return {
        "uid": os.getuid(), "euid": os.geteuid(), "status": status_fields(),
        "cgroup": cgroup_limits(), "rlimits": rlimits(), "root_writable": root_writable(),
        "interfaces": sorted(os.listdir("/sys/class/net")), "name_resolves": name_resolves(),
        "docker_socket": [p for p in ("/var/run/docker.sock", "/run/docker.sock")
                          if os.path.exists(p)],
        "env": sorted(os.environ), "pid1": read("/proc/1/comm"),
        "writable": writable_mounts(), "setuid_files": setuid_files(),
    }


if __name__ == "__main__":
    print(json.dumps(facts()))
