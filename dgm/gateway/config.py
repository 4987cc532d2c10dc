"""GatewayConfig: the [gateway] table of a run's TOML configuration."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from dgm.gateway.providers import PROVIDERS
from dgm.gateway.settings import (
    CACHE_READ_FACTOR,
    CACHE_WRITE_FACTOR,
    PROMPT_CACHE_CHOICES,
    Budget,
    Price,
    ProviderSettings,
    Retry,
    RoleBudget,
    Route,
)
from ground.context import ROLES, active_roles
from ground.errors import FIX_VALUE, ConfigError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


@dataclass
class GatewayConfig:
    """Everything the gateway needs; `from_dict` reads a [gateway] TOML table."""

    provider: str = "toy"  # default provider for every role
    model: str = "toy"  # default model for every role
    roles: dict[str, Route] = field(default_factory=dict)  # per-role overrides
    providers: dict[str, ProviderSettings] = field(default_factory=dict)  # per-provider settings
    prices: dict[str, Price] = field(default_factory=dict)  # by model name
    budget: Budget = field(default_factory=Budget)
    retry: Retry = field(default_factory=Retry)
    max_request_bytes: int = 32 * 1024 * 1024  # larger request bodies are refused with 413
    # A resumed run answers an attempt's requests from its earlier session's recordings
    # while they match exactly (no new cost); see dgm/gateway/reuse.py.
    reuse_recordings: bool = True
    # "auto": cache breakpoints on requests to Anthropic-format providers (anthropic, toy),
    # so each turn reads the conversation so far from the prompt cache; "off": none added.
    # A role's own [gateway.roles.<role>] prompt_cache overrides it.
    prompt_cache: str = "auto"

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> GatewayConfig:
        """Build from a parsed [gateway] table; unknown keys and names are ConfigErrors."""
        data = dict(data)
        roles = _table(data.pop("roles", {}), "gateway.roles")
        providers = _table(data.pop("providers", {}), "gateway.providers")
        prices = _table(data.pop("prices", {}), "gateway.prices")
        config = _build(cls, data, "gateway", nested=("budget", "retry"))
        config.budget = _budget(data.get("budget", {}))
        config.retry = _build(Retry, data.get("retry", {}), "gateway.retry")
        _check_names(roles, ROLES, "role", "gateway.roles")
        _check_names(providers, tuple(PROVIDERS), "provider", "gateway.providers")
        config.roles = {k: _build(Route, _routed(v, config), f"gateway.roles.{k}")
                        for k, v in roles.items()}
        config.providers = {
            k: _build(ProviderSettings, v, f"gateway.providers.{k}") for k, v in providers.items()
        }
        config.prices = {k: _build(Price, _cache_priced(v), f"gateway.prices.{k}")
                         for k, v in prices.items()}
        config.validate()
        return config

    def route(self, role: str) -> Route:
        """The provider and model serving `role`."""
        return self.roles.get(role) or Route(self.provider, self.model)

    def prompt_cache_for(self, role: str) -> str:
        """"auto" or "off": the role's own setting, else the gateway's."""
        return self.route(role).prompt_cache or self.prompt_cache

    def settings(self, provider: str) -> ProviderSettings:
        """The settings of `provider` (defaults when the config has none)."""
        return self.providers.get(provider) or ProviderSettings()

    def price(self, model: str) -> Price:
        """The price of `model`; free when the table has no entry."""
        return self.prices.get(model) or Price()

    def used_providers(self, mode: str = "dgm") -> list[str]:
        """Provider names the roles of evolution mode `mode` are routed to, in role order
        (ground.context.ACTIVE_ROLES); a role the mode never calls builds nothing."""
        return self.providers_of(active_roles(mode))

    def providers_of(self, roles: tuple[str, ...]) -> list[str]:
        """Provider names `roles` are routed to, in role order."""
        return list(dict.fromkeys(self.route(role).provider for role in roles))

    def validate(self, known: tuple[str, ...] | list[str] = tuple(PROVIDERS)) -> None:
        """Check provider names (of every role), role budgets and numeric ranges; raise
        ConfigError naming the fix."""
        for name in self.providers_of(ROLES):
            if name not in known:
                raise ConfigError(
                    f"unknown provider '{name}' in [gateway]",
                    f"use one of: {', '.join(sorted(known))}",
                )
        for name, settings in self.providers.items():
            if settings.concurrency < 1 or settings.timeout_s <= 0:
                raise ConfigError(
                    f"[gateway.providers.{name}] needs concurrency >= 1 and timeout_s > 0",
                    "fix those values",
                )
        _check_retry(self.retry)
        _check_prompt_cache(self)
        _check_role_budgets(self.budget)


def _budget(table: object) -> Budget:
    """[gateway.budget] with its [gateway.budget.roles.<role>] tables."""
    budget = _build(Budget, table, "gateway.budget", nested=("roles",))
    assert isinstance(table, dict)  # _build refused anything else
    roles = _table(table.get("roles", {}), "gateway.budget.roles")
    _check_names(roles, ROLES, "role", "gateway.budget.roles")
    budget.roles = {k: _build(RoleBudget, v, f"gateway.budget.roles.{k}")
                    for k, v in roles.items()}
    return budget


def _check_role_budgets(budget: Budget) -> None:
    """Raise ConfigError for a role cap on an unknown role or above the attempt's cap."""
    _check_names(budget.roles, ROLES, "role", "gateway.budget.roles")
    for role, cap in budget.roles.items():
        for kind, own, attempt in (("usd", cap.attempt_usd, budget.attempt_usd),
                                   ("tokens", cap.attempt_tokens, budget.attempt_tokens)):
            where = f"gateway.budget.roles.{role}.attempt_{kind}"
            if own is not None and own < 0:
                raise ConfigError(f"'{where}' must be >= 0, not {own}", FIX_VALUE, key=where)
            if own is not None and attempt is not None and own > attempt:
                raise ConfigError(
                    f"{where} = {own} is above gateway.budget.attempt_{kind} = {attempt}: a "
                    "role's cap is a share of the attempt's",
                    f"set {where} to at most {attempt}, or raise gateway.budget.attempt_{kind}",
                    key=where)


def _check_prompt_cache(config: GatewayConfig) -> None:
    """Raise ConfigError for a prompt_cache that is not one of PROMPT_CACHE_CHOICES."""
    values = {"gateway.prompt_cache": config.prompt_cache}
    values |= {f"gateway.roles.{role}.prompt_cache": route.prompt_cache
               for role, route in config.roles.items() if route.prompt_cache is not None}
    for key, value in values.items():
        if value not in PROMPT_CACHE_CHOICES:
            raise ConfigError(f"{key} = {value!r} is not a valid choice",
                              f"use one of: {', '.join(PROMPT_CACHE_CHOICES)}", key=key)


def _routed(table: dict[str, object], config: GatewayConfig) -> dict[str, object]:
    """A role's table; one naming neither provider nor model (only, say, prompt_cache)
    is served by the [gateway] provider and model."""
    if "provider" in table or "model" in table:
        return table
    return {"provider": config.provider, "model": config.model, **table}


def _cache_priced(table: dict[str, object]) -> dict[str, object]:
    """A price table with cache_write and cache_read, when left out, derived from input
    as Anthropic prices them (1.25 x and 0.1 x)."""
    base = table.get("input")
    if not isinstance(base, int | float) or isinstance(base, bool):
        return table  # no input price (or a bad one, which _build reports)
    derived = {"cache_write": round(base * CACHE_WRITE_FACTOR, 9),
               "cache_read": round(base * CACHE_READ_FACTOR, 9)}
    return {**derived, **table}


def _check_retry(retry: Retry) -> None:
    """Raise ConfigError for a negative retry setting."""
    values = {
        "time_budget_s": retry.time_budget_s, "max_retries": retry.max_retries,
        "backoff_base_s": retry.backoff_base_s, "backoff_max_s": retry.backoff_max_s,
        "max_retry_after_s": retry.max_retry_after_s,
    }
    for key, value in values.items():
        if value is not None and value < 0:
            where = f"gateway.retry.{key}"
            raise ConfigError(f"'{where}' must be >= 0, not {value}", FIX_VALUE, key=where)


def _table(value: object, where: str) -> dict[str, dict[str, object]]:
    """`value` as a table of tables, or a ConfigError."""
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"[{where}] must be a table of tables", "see dgm/gateway/README.md")
    return value


def _check_names(
    table: Mapping[str, object], valid: tuple[str, ...], what: str, where: str
) -> None:
    """Raise ConfigError when `table` has a key not in `valid`."""
    for key in table:
        if key not in valid:
            fix = f"use one of: {', '.join(valid)}"
            raise ConfigError(f"unknown {what} '{key}' in [{where}]", fix)


def _build(cls: type[D], data: object, where: str, nested: tuple[str, ...] = ()) -> D:
    """Instantiate dataclass `cls` from `data`, checking keys and value types."""
    if not isinstance(data, dict):
        raise ConfigError(f"[{where}] must be a table", "see dgm/gateway/README.md")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            raise ConfigError(
                f"unknown key '{key}' in [{where}]", f"valid keys: {', '.join(sorted(fields))}"
            )
    for name, f in fields.items():
        missing = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if missing and name not in data:
            raise ConfigError(f"[{where}] needs '{name}'", f"add {name} = ... to [{where}]")
    values = {k: _checked(v, fields[k].type, f"{where}.{k}") for k, v in data.items()
              if k not in nested}
    return cls(**values)


def _checked(value: object, annotation: object, where: str) -> object:
    """`value` if it fits the field's annotation (scalar kinds, optional), else ConfigError."""
    kinds = str(annotation).replace(" ", "").split("|")
    if value is None and "None" in kinds:
        return value
    if isinstance(value, bool) != ("bool" in kinds) or not _fits(value, kinds):
        raise ConfigError(f"{where} = {value!r} should be {' or '.join(kinds)}", "fix its type")
    return float(value) if "float" in kinds and isinstance(value, int) else value


def _fits(value: object, kinds: list[str]) -> bool:
    """Whether `value` is one of the named scalar kinds (an int also fits a float)."""
    checks = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
    return any(isinstance(value, checks[k]) for k in kinds if k in checks)
