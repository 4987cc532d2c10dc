"""imp@k for the views: the figures `dgm status`, `report` and `compare` show, and their text.

The measure itself is `dgm.evolution.scoring.improvement_at`; here it is only fed (k from
the command line, else the run's config, else 50 for runs from before the key) and worded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from agents_archive import AgentRecord
from dgm.evolution.scoring import BestRule, imp_upto, improvement_at

DEFAULT_K = 50  # EvolutionConfig.imp_k's default: what a run from before the key meant


def imp_k_of(evolution: Mapping[str, Any], k: int | None = None) -> int:
    """The k to show: `k` when given (--k), else the raw [evolution] table's imp_k, else 50."""
    if k is not None:
        return k
    value = evolution.get("imp_k")
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 \
        else DEFAULT_K


def imp_facts(records: Iterable[AgentRecord], rule: BestRule, k: int,
              current: int) -> dict[str, Any]:
    """imp@k's keys: imp_k, imp_at (min(k, current)), imp_reached, imp_at_k (selection),
    imp_at_k_heldout, imp_best (the best agent up to imp_at), and the two selection scores."""
    upto, reached = imp_upto(k, current)
    imp = improvement_at(records, upto, rule)
    return {"imp_k": k, "imp_at": upto, "imp_reached": reached,
            "imp_at_k": imp.gain if imp else None,
            "imp_at_k_heldout": imp.heldout_gain if imp else None,
            "imp_best": imp.best if imp else None,
            "imp_best_score": imp.best_score if imp else None,
            "imp_start_score": imp.start_score if imp else None}


def imp_label(facts: Mapping[str, Any]) -> str:
    """'imp@50'."""
    return f"imp@{facts['imp_k']}"


def imp_text(facts: Mapping[str, Any]) -> str:
    """'+0.120 at iteration 12 of 50 (selection: best 0.620 vs start 0.500); held-out -'."""
    if facts["imp_at_k"] is None:
        return "- (the starting agent has no complete evaluation yet)"
    heldout = facts["imp_at_k_heldout"]
    return (f"{facts['imp_at_k']:+.3f} at iteration {facts['imp_at']} of {facts['imp_k']} "
            f"(selection: best {facts['imp_best_score']:.3f} vs start "
            f"{facts['imp_start_score']:.3f}); held-out "
            + ("-" if heldout is None else f"{heldout:+.3f}"))
