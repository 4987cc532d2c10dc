"""Find and remove this project's leftover containers and volumes (expired, or owner dead)."""

from __future__ import annotations

import os
import socket
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from ground.jsontypes import JsonObject
from sandbox import labels as lbl
from sandbox import leaving
from sandbox.cleanup import docker_errors
from sandbox.client import client_for

if TYPE_CHECKING:
    from docker import APIClient, DockerClient

FORMAT_VERSION = 1


@dataclass
class GcReport:
    """What a collection removed and what it left running."""

    containers_removed: list[str] = field(default_factory=list)
    volumes_removed: list[str] = field(default_factory=list)
    containers_kept: int = 0
    format_version: int = FORMAT_VERSION

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return asdict(self)


def is_leftover(labels: dict[str, str], now: float | None = None) -> bool:
    """A sandbox object whose expiry passed or whose owning process is gone."""
    return lbl.expired(labels, now) or lbl.owner_dead(labels)


def collect_garbage(client: DockerClient | None = None, *, now: float | None = None,
                    run_id: str | None = None) -> GcReport:
    """Remove leftover sandbox containers (with their volumes), then leftover volumes.

    `now` judges expiry at another time than the present (a test's clock): give it with a
    `run_id` so that only that run's objects are judged, never other processes' sandboxes.
    """
    if now is not None and run_id is None:
        raise ValueError("collect_garbage(now=...) needs a run_id: it would judge every "
                         "process's sandboxes by a clock that is not the present")
    labels = [lbl.PROJECT_FILTER] + ([f"{lbl.RUN_ID}={run_id}"] if run_id else [])
    with client_for(client) as client:
        report = GcReport()
        _collect_containers(client.api, report, now, labels)
        _collect_volumes(client.api, report, now, labels)
        return report


def remove_owned(pid: int | None = None, within_s: float = 10.0, client: DockerClient | None = None,
                 ) -> list[str]:
    """Force-remove, in parallel, the sandboxes of process `pid` (default: this one) here.

    For a driver that must leave now (a second Ctrl-C), after refusing new sandboxes: it
    passes again until none of the process's containers is listed, so it also removes those
    its threads were creating meanwhile (for this process it waits until none is in
    creation) and retries a removal that failed; it gives up after about `within_s`.
    Whatever is left has a dead owner once the process is gone, so `collect_garbage`
    removes it later.
    """
    deadline = time.monotonic() + within_s
    own = pid is None or pid == os.getpid()
    removed: list[str] = []
    with client_for(client, timeout=within_s) as client:
        while time.monotonic() < deadline:
            in_flight = own and leaving.creations_in_flight() > 0
            ids = _owned(client.api, pid or os.getpid())
            if not ids and not in_flight:
                break
            if ids:
                gone = _remove_all(client.api, ids, deadline - time.monotonic())
                removed += [i for i in gone if i not in removed]
            time.sleep(0.05)  # a creation ends with a container to list; a removal may be late
    return removed


def _owned(api: APIClient, pid: int) -> list[str]:
    """Ids of this project's containers, running or not, owned by process `pid` of this host."""
    owner = [lbl.PROJECT_FILTER, f"{lbl.OWNER_PID}={pid}",
             f"{lbl.OWNER_HOST}={socket.gethostname()}"]
    return [c["Id"] for c in api.containers(all=True, filters={"label": owner})]


def _remove_all(api: APIClient, ids: list[str], within_s: float) -> list[str]:
    """Remove containers (with their volumes) at once; the short ids of those gone in time."""
    pool = ThreadPoolExecutor(max_workers=min(8, len(ids)), thread_name_prefix="sandbox-rm")
    futures = {pool.submit(api.remove_container, i, v=True, force=True): i for i in ids}
    done, _ = wait(futures, timeout=max(0.0, within_s))
    pool.shutdown(wait=False, cancel_futures=True)
    return [futures[f][:12] for f in done if f.exception() is None]


def _collect_containers(api: APIClient, report: GcReport, now: float | None,
                        labels: list[str]) -> None:
    for summary in api.containers(all=True, filters={"label": labels}):
        if not is_leftover(summary.get("Labels") or {}, now):
            report.containers_kept += 1
            continue
        try:
            api.remove_container(summary["Id"], v=True, force=True)
        except docker_errors():
            continue  # removed meanwhile, or busy; the next collection retries
        report.containers_removed.append(summary["Id"][:12])


def _collect_volumes(api: APIClient, report: GcReport, now: float | None,
                     labels: list[str]) -> None:
    volumes = api.volumes(filters={"label": labels}).get("Volumes") or []
    for volume in volumes:
        if not is_leftover(volume.get("Labels") or {}, now):
            continue
        try:
            api.remove_volume(volume["Name"])
        except docker_errors():
            continue  # still in use by a container that is not a leftover
        report.volumes_removed.append(volume["Name"][:12])
