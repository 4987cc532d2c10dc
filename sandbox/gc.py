"""Find and remove this project's leftover containers and volumes (expired, or owner dead)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sandbox import labels as lbl
from sandbox.cleanup import docker_errors

FORMAT_VERSION = 1


@dataclass
class GcReport:
    """What a collection removed and what it left running."""

    containers_removed: list[str] = field(default_factory=list)
    volumes_removed: list[str] = field(default_factory=list)
    containers_kept: int = 0
    format_version: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def is_leftover(labels: dict[str, str], now: float | None = None) -> bool:
    """A sandbox object whose expiry passed or whose owning process is gone."""
    return lbl.expired(labels, now) or lbl.owner_dead(labels)


def collect_garbage(client: Any = None, *, now: float | None = None) -> GcReport:
    """Remove leftover sandbox containers (with their volumes), then leftover volumes."""
    from sandbox.client import client_for

    with client_for(client) as client:
        report = GcReport()
        _collect_containers(client.api, report, now)
        _collect_volumes(client.api, report, now)
        return report


def _collect_containers(api: Any, report: GcReport, now: float | None) -> None:
    for summary in api.containers(all=True, filters={"label": lbl.PROJECT_FILTER}):
        if not is_leftover(summary.get("Labels") or {}, now):
            report.containers_kept += 1
            continue
        try:
            api.remove_container(summary["Id"], v=True, force=True)
        except docker_errors():
            continue  # removed meanwhile, or busy; the next collection retries
        report.containers_removed.append(summary["Id"][:12])


def _collect_volumes(api: Any, report: GcReport, now: float | None) -> None:
    volumes = api.volumes(filters={"label": lbl.PROJECT_FILTER}).get("Volumes") or []
    for volume in volumes:
        if not is_leftover(volume.get("Labels") or {}, now):
            continue
        try:
            api.remove_volume(volume["Name"])
        except docker_errors():
            continue  # still in use by a container that is not a leftover
        report.volumes_removed.append(volume["Name"][:12])
