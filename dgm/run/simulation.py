"""The one rule for "is the model simulated": some role the run's mode uses is served by the
offline toy model."""

from __future__ import annotations

from collections.abc import Mapping

from dgm.gateway.config import GatewayConfig
from ground.context import active_roles
from ground.errors import ConfigError

TOY = "toy"  # the offline provider; its answers are a simulation, and output says so


def simulated(gateway: GatewayConfig | Mapping[str, object], mode: str = "dgm") -> bool:
    """Whether a role of evolution mode `mode` is routed to the toy model, from a
    GatewayConfig or a [gateway] table."""
    return TOY in routed_providers(gateway, mode)


def routed_providers(gateway: GatewayConfig | Mapping[str, object],
                     mode: str = "dgm") -> set[str]:
    """The providers the roles of `mode` are routed to (ground.context.ACTIVE_ROLES); a table
    that does not parse is read as it stands."""
    if isinstance(gateway, GatewayConfig):
        return set(gateway.used_providers(mode))
    try:
        return set(GatewayConfig.from_dict(dict(gateway)).used_providers(mode))
    except (ConfigError, TypeError, ValueError):  # a damaged config: a view still labels it
        return _raw_providers(gateway, mode)


def _raw_providers(table: Mapping[str, object], mode: str) -> set[str]:
    """What GatewayConfig.route would give each role of `mode`, read from a raw table."""
    default = table.get("provider", TOY)
    roles = table.get("roles")
    routes = roles if isinstance(roles, Mapping) else {}
    found = set()
    for role in active_roles(mode):
        route = routes.get(role)
        provider = route.get("provider", default) if isinstance(route, Mapping) else default
        found.add(str(provider))
    return found
