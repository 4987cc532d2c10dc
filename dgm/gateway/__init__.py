"""The model gateway: Anthropic Messages API over a unix socket and loopback TCP.

It holds the provider credentials on the host, meters tokens and dollars,
enforces budgets, retries provider faults and records every exchange.
"""

from dgm.gateway.errors import BudgetExceeded, ProviderError, ReplayDivergence

__all__ = ["BudgetExceeded", "ProviderError", "ReplayDivergence"]
