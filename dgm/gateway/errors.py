"""Exceptions of the gateway: a provider's failure and an exhausted budget."""

from __future__ import annotations

from ground.errors import GatewayError

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


class ReplayDivergence(ProviderError):
    """A replayed request differs from the recorded one (or the recording ran out)."""

    def __init__(self, message: str) -> None:
        super().__init__(409, message, error_type="replay_divergence_error")

    @property
    def retryable(self) -> bool:
        """A divergence is deterministic; retrying cannot help."""
        return False


class BudgetExceeded(GatewayError):
    """A USD or token budget (per attempt or per run) is spent; no new model calls are answered."""

    status = 429
    error_type = "budget_exceeded_error"

    def __init__(self, scope: str, kind: str, spent: float, limit: float, key: str) -> None:
        unit = "USD" if kind == "usd" else "tokens"
        shown = f"{spent:.4f} of {limit:.4f}" if kind == "usd" else f"{int(spent)} of {int(limit)}"
        super().__init__(
            f"{scope} budget exhausted for {scope} '{key}': spent {shown} {unit}; "
            "no further model calls will be answered",
            f"raise [gateway.budget].{scope}_{kind} in the config to allow more",
        )
        self.scope = scope
        self.kind = kind
        self.spent = spent
        self.limit = limit

    def body(self) -> dict[str, object]:
        """The Anthropic-style error body an agent reads."""
        return {"type": "error", "error": {"type": self.error_type, "message": self.message}}
