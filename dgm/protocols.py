"""The pluggable parts of the system, one small Protocol each.

Implementations do not inherit from these; they only need the same methods.
Each implementation is picked by a short name from a table in its package.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from ground.context import ROLES, CallContext

__all__ = ["ROLES", "Archive", "CallContext", "Executor", "Provider", "Sandbox"]


class Provider(Protocol):
    """A model behind the gateway, speaking Anthropic Messages request/response bodies."""

    name: str

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]: ...


class Sandbox(Protocol):
    """A running hardened container."""

    def exec(
        self,
        cmd: list[str],
        *,
        timeout: float,
        workdir: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Any: ...

    def put(self, host_path: Path, container_dir: str) -> None: ...

    def get(self, container_path: str, host_dir: Path) -> None: ...


class Archive(Protocol):
    """Agents and their lineage."""

    def add(self, parent: str, source: Path, meta: dict[str, Any]) -> Any: ...

    def meta(self, agent_id: str) -> Any: ...

    def agents(self) -> list[Any]: ...

    def materialize(self, agent_id: str, dest: Path) -> None: ...


class Executor(Protocol):
    """Where attempts run: a local pool, or a cluster. A job is a dgm.attempt.AttemptJob."""

    def submit(self, job: Any) -> Future[Any]: ...

    def shutdown(self) -> None: ...
