"""The model gateway: Anthropic Messages API over a unix socket and loopback TCP.

It holds the provider credentials on the host, meters tokens and dollars,
enforces budgets, retries provider faults and records every exchange.
Importing it is cheap: providers import httpx only when they are built.
"""

from dgm.gateway.budgets import Totals
from dgm.gateway.config import GatewayConfig
from dgm.gateway.errors import (
    BudgetExceeded,
    ProviderError,
    Refused,
    ReplayDivergence,
    ResponseDropped,
)
from dgm.gateway.gateway import Gateway
from dgm.gateway.ledger import Ledger, UsageEntry
from dgm.gateway.outage import ProviderWait, read_provider_state, wait_text
from dgm.gateway.recordings import Recording
from dgm.gateway.retry import Timing
from dgm.gateway.settings import Budget, Price, ProviderSettings, Retry, RoleBudget, Route

__all__ = [
    "Budget",
    "BudgetExceeded",
    "Gateway",
    "GatewayConfig",
    "Ledger",
    "Price",
    "ProviderError",
    "ProviderSettings",
    "ProviderWait",
    "Recording",
    "Refused",
    "ReplayDivergence",
    "ResponseDropped",
    "Retry",
    "RoleBudget",
    "Route",
    "Timing",
    "Totals",
    "UsageEntry",
    "read_provider_state",
    "wait_text",
]
