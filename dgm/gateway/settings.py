"""The plain settings of the gateway's parts: routes, prices, budgets, retries, providers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ground.errors import ConfigError

# `prompt_cache` values: "auto" places cache breakpoints on requests to Anthropic-format
# providers (see dgm/gateway/caching.py); "off" forwards requests as the caller sent them.
PROMPT_CACHE_CHOICES = ("auto", "off")
# Prices Anthropic puts on the prompt cache, as multiples of a model's input price; a
# [gateway.prices] entry that leaves cache_write or cache_read out gets these.
CACHE_WRITE_FACTOR = 1.25
CACHE_READ_FACTOR = 0.1
# `[gateway.providers.toy] world` values: "classic", the toy's catalog coder (the default);
# "open", its coder that acts on the evidence reaching it (dgm/toy/world_coder.py).
TOY_WORLDS = ("classic", "open")


@dataclass
class Route:
    """Which provider and model serve one role."""

    provider: str  # short provider name, e.g. "toy", "anthropic", "openai", "replay"
    model: str  # model name sent to the provider, e.g. "claude-sonnet-4-5"
    prompt_cache: str | None = None  # "auto" | "off" for this role; None: [gateway]'s


@dataclass
class Price:
    """USD per million tokens for one model.

    Read from [gateway.prices], a left-out cache_write is 1.25 x input and a left-out
    cache_read 0.1 x input, as Anthropic prices them (GatewayConfig.from_dict).
    """

    input: float = 0.0  # uncached input tokens
    output: float = 0.0  # output tokens
    cache_read: float = 0.0  # input tokens served from the prompt cache
    cache_write: float = 0.0  # input tokens written to the prompt cache


@dataclass
class RoleBudget:
    """Caps on one role's exchanges in one attempt, at most the attempt's caps; None: only
    the attempt's caps apply. [gateway.budget.roles.<role>], e.g. the meta agent's share."""

    attempt_usd: float | None = None  # USD the role may spend in one attempt
    attempt_tokens: int | None = None  # tokens the role may use in one attempt


@dataclass
class Budget:
    """Spending caps; None means unlimited. Tokens count input, output and cache tokens."""

    run_usd: float | None = None  # USD for the whole run
    run_tokens: int | None = None  # tokens for the whole run
    attempt_usd: float | None = None  # USD for one attempt (self-modification or evaluation)
    attempt_tokens: int | None = None  # tokens for one attempt
    # Per-role caps inside an attempt, by role name (ground.context.ROLES); a role without
    # one shares the attempt's caps with the others, as diagnosis and self-modification do.
    roles: dict[str, RoleBudget] = field(default_factory=dict)


@dataclass
class Retry:
    """Retries of provider faults (429, 5xx, 529, timeouts, dropped connections).

    A call keeps retrying until its time budget is spent, so an outage of a few minutes
    is ridden out; when it is spent the run is interrupted (resume it later).
    """

    time_budget_s: float = 300.0  # seconds one call may spend retrying; 0 disables retrying
    max_retries: int | None = None  # optional cap on retries; None: the time budget decides
    backoff_base_s: float = 1.0  # first backoff; doubles each retry, with jitter
    backoff_max_s: float = 30.0  # cap of one backoff
    # Cap on one retry-after the provider asks for, above which we give up at once;
    # None: any retry-after that ends within the time budget is waited out.
    max_retry_after_s: float | None = None


@dataclass
class ProviderSettings:
    """Settings of one provider; each provider reads only the fields it needs."""

    base_url: str | None = None  # API root; anthropic: https://api.anthropic.com, openai: .../v1
    api_key_env: str | None = None  # host env var holding the key (never sent to a sandbox)
    concurrency: int = 8  # at most this many calls in flight to this provider
    timeout_s: float = 600.0  # one HTTP request to the provider
    seed: int = 0  # toy: the simulation seed
    world: str = "classic"  # toy: "classic" or "open" (TOY_WORLDS), the world it simulates
    # toy, open world: the share of self-modifications that carry a bug (0 none, 1 every one)
    bug_rate: float = 0.15
    source: str | None = None  # replay: the recordings/ dir of the run to replay

    def __post_init__(self) -> None:
        """Refuse a toy world that does not exist, naming the ones that do, and a bug rate
        that is not a share."""
        if self.world not in TOY_WORLDS:
            raise ConfigError(f"[gateway.providers.toy] world = {self.world!r} is not a toy world",
                              f"use one of: {', '.join(TOY_WORLDS)}", key="world")
        if isinstance(self.bug_rate, bool) or not isinstance(self.bug_rate, int | float) \
                or not 0 <= self.bug_rate <= 1:
            raise ConfigError(f"[gateway.providers.toy] bug_rate = {self.bug_rate!r} is not a "
                              "share", "use a number from 0 (no bugs) to 1 (every change)",
                              key="bug_rate")
