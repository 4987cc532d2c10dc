"""The table of providers by short name; those that speak HTTP are imported only when chosen."""

from __future__ import annotations

from collections.abc import Callable

from dgm.gateway.providers.replay import ReplayProvider
from dgm.gateway.settings import Price, ProviderSettings
from dgm.toy.provider import ToyProvider
from ground.errors import GatewayError
from ground.provider import Provider


def _anthropic(settings: ProviderSettings) -> Provider:
    from dgm.gateway.providers.anthropic import AnthropicProvider  # heavy: httpx

    return AnthropicProvider(settings)


def _openai(settings: ProviderSettings) -> Provider:
    from dgm.gateway.providers.openai import OpenAIProvider  # heavy: httpx

    return OpenAIProvider(settings)


def _replay(settings: ProviderSettings) -> Provider:
    return ReplayProvider(settings)


def _toy(settings: ProviderSettings) -> Provider:
    return ToyProvider(seed=settings.seed, world=settings.world, bug_rate=settings.bug_rate)


# The providers the gateway knows, by the short name a [gateway] table uses; the one list.
PROVIDERS: dict[str, Callable[[ProviderSettings], Provider]] = {
    "anthropic": _anthropic,
    "openai": _openai,
    "replay": _replay,
    "toy": _toy,
}


def make_provider(name: str, settings: ProviderSettings) -> Provider:
    """Build the provider called `name`; unknown names fail listing the valid ones."""
    if name not in PROVIDERS:
        raise GatewayError(f"unknown provider '{name}'", f"use one of: {', '.join(PROVIDERS)}")
    try:
        return PROVIDERS[name](settings)
    except ImportError as exc:
        raise GatewayError(f"provider '{name}' is not available: {exc}", "reinstall dgm") from exc


def check_model(provider: Provider, model: str, prices: dict[str, Price]) -> None:
    """Fail unless `model` is one `provider` serves (or, for billed providers, one with a price)."""
    if provider.models:
        valid, why = list(provider.models), f"provider '{provider.name}' serves"
    elif provider.billed:
        valid, why = sorted(prices), "models with a price in [gateway.prices] are"
    else:
        return
    if model not in valid:
        raise GatewayError(
            f"unknown model '{model}' for provider '{provider.name}'",
            f"{why}: {', '.join(valid) or '(none)'}",
        )
