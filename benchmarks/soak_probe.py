"""The soak's look at a driver: /proc figures, disk under a folder, a run's containers."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sample:
    """One look at the driver: seconds since the soak began, and each metric."""

    t: float
    fds: int
    threads: int
    rss_mb: float
    disk_mb: float
    containers: int  # the run's sandbox containers, running or not
    orphans: int  # those of them whose owner is not this driver (a killed one's)


@dataclass
class Session:
    """One driver process: how it ended ('exit N' or 'killed') and what was sampled."""

    run: str
    index: int
    wall_s: float = 0.0
    end: str = ""
    samples: list[Sample] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.run} #{self.index}"


def journal_lines(run: Path) -> int:
    """Lines in a run's journal so far (0 before it exists)."""
    path = run / "journal.jsonl"
    return path.read_bytes().count(b"\n") if path.is_file() else 0


def probe(pid: int, paths: list[Path], name: str, t: float) -> Sample | None:
    """The driver's fds, threads and RSS, the disk under `paths`, the run's containers."""
    try:
        fds = len(os.listdir(f"/proc/{pid}/fd"))
        status = dict(line.split(":", 1) for line in
                      Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    except (FileNotFoundError, ProcessLookupError):
        return None
    rss_kb = int(status.get("VmRSS", "0 kB").split()[0])
    owners = container_owners([name])
    return Sample(round(t, 1), fds, int(status["Threads"]), round(rss_kb / 1024, 1),
                  round(disk_bytes(paths) / 2**20, 2), len(owners),
                  sum(owner != str(pid) for owner in owners))


def disk_bytes(paths: list[Path]) -> int:
    """Bytes on disk (allocated blocks, like du) under each path."""
    total = 0
    for path in paths:
        for folder, _, files in os.walk(path):
            for name in files:
                try:
                    total += os.lstat(os.path.join(folder, name)).st_blocks * 512
                except FileNotFoundError:
                    continue  # removed while we walked
    return total


def container_owners(names: list[str]) -> list[str]:
    """The owner pid of each container (running or not) of the project and these runs."""
    owners: list[str] = []
    for name in names:
        owners += subprocess.run(
            ["docker", "ps", "-a", "--filter", "label=dgm.project=dgm", "--filter",
             f"label=dgm.run_id={name}", "--format", '{{.Label "dgm.owner.pid"}}'],
            capture_output=True, text=True, check=True).stdout.split()
    return owners
