"""What a model provider is to the gateway: the Provider protocol and the error it raises.

Below every package that uses it (the gateway, the offline toy model, test fakes), so
none of them has to import the gateway to speak of a provider.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ground.context import CallContext
from ground.jsontypes import JsonObject

__all__ = ["ERROR_TYPES", "Provider", "ProviderError", "error_type_for"]

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

    @property
    def name(self) -> str:
        """Its short name, as in the providers table."""
        ...

    @property
    def models(self) -> Sequence[str] | None:
        """The models it serves; None: any model with a price in [gateway.prices] (if billed)."""
        ...

    @property
    def billed(self) -> bool:
        """Whether its answers cost money (a replay's do not)."""
        ...

    def complete(self, request: JsonObject, context: CallContext) -> JsonObject:
        """The response to `request`; raises ProviderError when it cannot answer."""
        ...

    def secrets(self) -> list[str]:
        """Credentials to scrub from anything written to disk."""
        ...

    def close(self) -> None:
        """Release its connections."""
        ...
