"""Archive admission policies, by name: which working children may become parents."""

from __future__ import annotations

from collections.abc import Callable

from dgm.tomlconfig import lookup

# (child score, seed score, noise margin) -> may the child be a parent?
Policy = Callable[[float, float, float], bool]


def keep_all(child: float, seed: float, margin: float) -> bool:
    """Open-ended: every child that runs is kept as a stepping stone."""
    return True


def keep_better(child: float, seed: float, margin: float) -> bool:
    """Only children no worse than the seed by more than the noise margin."""
    return child >= seed - margin


POLICIES: dict[str, Policy] = {"keep_all": keep_all, "keep_better": keep_better}


def get_policy(name: str) -> Policy:
    """The policy called `name`, or a ConfigError listing the valid names."""
    return lookup(POLICIES, name, "admission policy")
