"""Who a model exchange belongs to: the roles, and the context bound to a sandbox's token."""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("diagnoser", "coding_agent", "self_modifier", "meta_agent")
# The roles each evolution mode calls the model in: the host's diagnosis and the parent's
# self-modification (dgm, hgm), or the parent's meta agent (hyperagent); task runs in all.
ACTIVE_ROLES: dict[str, tuple[str, ...]] = {
    "dgm": ("diagnoser", "coding_agent", "self_modifier"),
    "hgm": ("diagnoser", "coding_agent", "self_modifier"),
    "hyperagent": ("meta_agent", "coding_agent"),
}


def active_roles(mode: str = "dgm") -> tuple[str, ...]:
    """The roles `mode` uses; every role for a mode the table does not know."""
    return ACTIVE_ROLES.get(mode, ROLES)


@dataclass(frozen=True)
class CallContext:
    """Who a model exchange belongs to; bound to the token a sandbox is given."""

    run_id: str
    attempt_id: str
    role: str
    task_id: str | None = None
    seed: int = 0
    # Host-side facts a provider may use (the toy's reference patch); never sent anywhere.
    hints: dict[str, object] = field(default_factory=dict)
