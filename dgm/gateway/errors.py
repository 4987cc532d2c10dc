"""Exceptions of the gateway: a provider's failure, a lost answer, a spent budget, a refusal."""

from __future__ import annotations

from collections.abc import Mapping

from ground.errors import GatewayError, RunInterrupted
from ground.jsontypes import Json
from ground.provider import ERROR_TYPES, ProviderError, error_type_for

__all__ = [
    "ERROR_TYPES", "BudgetExceeded", "ProviderError", "RecordedFailure", "Refused",
    "ReplayDivergence", "ResponseDropped", "error_type_for",
]


class ResponseDropped(ProviderError):
    """The provider started answering, then its answer was lost: the call is possibly billed.

    A plain ProviderError failed before the provider answered (nothing to bill). This one
    came after the status line: the body was cut, reset or timed out mid-way. It carries
    what arrived: the `usage` object found in it (Anthropic's shape), and its size.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        partial_usage: Mapping[str, Json] | None = None,
        received_chars: int = 0,
    ) -> None:
        super().__init__(status, message)
        self.partial_usage = dict(partial_usage or {})
        self.received_chars = received_chars


class RecordedFailure(ProviderError):
    """A failure served again from a recording: it was final when recorded, so no retry."""

    @property
    def retryable(self) -> bool:
        """The original gateway already retried it."""
        return False


class Refused(ProviderError):
    """The run is interrupted (provider outage, full disk): no request is answered any more."""

    def __init__(self, cause: RunInterrupted) -> None:
        super().__init__(503, f"the model gateway stopped answering: {cause.message}")
        self.cause = cause

    @property
    def retryable(self) -> bool:
        """The run is winding down; retrying cannot help."""
        return False


class ReplayDivergence(ProviderError):
    """A replayed request differs from the recorded one (or the recording ran out)."""

    def __init__(self, message: str) -> None:
        super().__init__(409, message, error_type="replay_divergence_error")

    @property
    def retryable(self) -> bool:
        """A divergence is deterministic; retrying cannot help."""
        return False


class BudgetExceeded(GatewayError):
    """A USD or token budget (per run, per attempt, or per role in an attempt) is spent; no
    new model calls it covers are answered.

    `scope` is "run", "attempt" or "role"; `key` the run or attempt id; `role` the capped role
    (scope "role" only).
    """

    status = 429
    error_type = "budget_exceeded_error"

    def __init__(self, scope: str, kind: str, spent: float, limit: float, key: str,
                 role: str | None = None) -> None:
        unit = "USD" if kind == "usd" else "tokens"
        shown = f"{spent:.4f} of {limit:.4f}" if kind == "usd" else f"{int(spent)} of {int(limit)}"
        if role is None:
            message = (f"{scope} budget exhausted for {scope} '{key}': spent {shown} {unit}; "
                       "no further model calls will be answered")
            fix = f"raise [gateway.budget].{scope}_{kind} in the config to allow more"
        else:
            message = (f"{role} budget exhausted for attempt '{key}': spent {shown} {unit}; "
                       f"no further {role} calls of this attempt will be answered")
            fix = f"raise [gateway.budget.roles.{role}] attempt_{kind} in the config to allow more"
        super().__init__(message, fix)
        self.scope = scope
        self.kind = kind
        self.spent = spent
        self.limit = limit
        self.key = key
        self.role = role

    def parts(self) -> tuple[str, str, float, float, str, str | None]:
        """The arguments that build this error again (the usage desk sends them to nodes)."""
        return self.scope, self.kind, self.spent, self.limit, self.key, self.role

    def body(self) -> dict[str, object]:
        """The Anthropic-style error body an agent reads."""
        return {"type": "error", "error": {"type": self.error_type, "message": self.message}}
