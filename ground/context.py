"""Who a model exchange belongs to: the roles, and the context bound to a sandbox's token."""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("diagnoser", "coding_agent", "self_modifier")


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
