"""Exceptions of the gateway: a provider's failure and an exhausted budget."""

from __future__ import annotations

from ground.errors import GatewayError
from ground.provider import ERROR_TYPES, ProviderError, error_type_for

__all__ = ["ERROR_TYPES", "BudgetExceeded", "ProviderError", "ReplayDivergence", "error_type_for"]


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
