"""The one rule for "is the model simulated": some role is served by the offline toy model."""

from __future__ import annotations

from collections.abc import Mapping

from dgm.gateway.config import GatewayConfig
from ground.context import ROLES
from ground.errors import ConfigError

TOY = "toy"  # the offline provider; its answers are a simulation, and output says so


def simulated(gateway: GatewayConfig | Mapping[str, object]) -> bool:
    """Whether a role is routed to the toy model, from a GatewayConfig or a [gateway] table."""
    return TOY in routed_providers(gateway)


def routed_providers(gateway: GatewayConfig | Mapping[str, object]) -> set[str]:
    """The providers the roles are routed to; a table that does not parse is read as it stands."""
    if isinstance(gateway, GatewayConfig):
        return set(gateway.used_providers())
    try:
        return set(GatewayConfig.from_dict(dict(gateway)).used_providers())
    except (ConfigError, TypeError, ValueError):  # a damaged config: a view still labels it
        return _raw_providers(gateway)


def _raw_providers(table: Mapping[str, object]) -> set[str]:
    """What GatewayConfig.route would give each role, read from a raw table."""
    default = table.get("provider", TOY)
    roles = table.get("roles")
    routes = roles if isinstance(roles, Mapping) else {}
    found = set()
    for role in ROLES:
        route = routes.get(role)
        provider = route.get("provider", default) if isinstance(route, Mapping) else default
        found.add(str(provider))
    return found
