"""Archive admission policies, by name: which working children may become parents.

A policy compares the child with its parent on the tasks both ran (like with like),
each as a Score with its 95% interval (dgm.evolution.scoring).
"""

from __future__ import annotations

from collections.abc import Callable

from dgm.evolution.scoring import Score
from ground.tomlconfig import lookup

# (child, parent, noise margin) -> may the child be a parent?
Policy = Callable[[Score, Score, float], bool]


def keep_all(child: Score, parent: Score, margin: float) -> bool:
    """Open-ended: every child that runs is kept as a stepping stone."""
    return True


def keep_better(child: Score, parent: Score, margin: float) -> bool:
    """Children beating their parent beyond noise: by over the margin, or interval above it."""
    return child.mean > parent.mean + margin or child.low > parent.high


POLICIES: dict[str, Policy] = {"keep_all": keep_all, "keep_better": keep_better}


def get_policy(name: str) -> Policy:
    """The policy called `name`, or a ConfigError listing the valid names."""
    return lookup(POLICIES, name, "admission policy")
