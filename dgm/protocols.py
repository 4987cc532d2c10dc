"""The pluggable parts of the system, one small Protocol each, and the error a provider raises.

Implementations do not inherit from these; they only need the same methods.
Each implementation is picked by a short name from a table in its package.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from ground.context import ROLES, CallContext

__all__ = ["ERROR_TYPES", "ROLES", "Archive", "CallContext", "Executor", "Provider",
           "ProviderError", "Sandbox", "error_type_for"]

# Anthropic error types by HTTP status, for error bodies the official SDK understands.
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def error_type_for(status: int) -> str:
    """The Anthropic error type for an HTTP status."""
    return ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")


class ProviderError(Exception):
    """A provider could not answer; the gateway replies with `status` and an error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        retry_after: float | None = None,
        error_type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after
        self.error_type = error_type or error_type_for(status)
        self.retries = 0  # retries the gateway made before giving up

    @property
    def retryable(self) -> bool:
        """Rate limits, server faults, timeouts and dropped connections are worth retrying."""
        return self.status in (408, 429) or self.status >= 500

    def body(self) -> dict[str, object]:
        """The Anthropic-style error body for this failure."""
        return {"type": "error", "error": {"type": self.error_type, "message": self.message}}


class Provider(Protocol):
    """A model behind the gateway, speaking Anthropic Messages request/response bodies."""

    name: str

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        """The response to `request`; raises ProviderError when it cannot answer."""
        ...


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
