"""A run's progress per iteration: archive scores, best score so far, cumulative cost."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from agents_archive import AgentRecord
from dgm.evolution.scoring import BY_SCORE, BestRule, best_agent
from dgm.views.rundata import RunView, iteration_of, record_iteration

PROGRESS_VERSION = 1


@dataclass
class Point:
    """One archived agent on the progress plot."""

    iteration: int
    score: float
    status: str
    agent: str


@dataclass
class Progress:
    """Series over iterations 0..N (iteration 0 is the seed's evaluation)."""

    iterations: list[int] = field(default_factory=list)
    best: list[float | None] = field(default_factory=list)  # best archived score so far
    points: list[Point] = field(default_factory=list)  # every scored agent
    usd: list[float] = field(default_factory=list)  # cumulative model spend at each iteration's end
    tokens: list[int] = field(default_factory=list)  # cumulative tokens likewise
    cost_source: str = "ledger"  # "ledger", or "records" when the run has no ledger
    v: int = PROGRESS_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def progress(run: RunView) -> Progress:
    """The run's progress from its archive and ledger (attempts count from their ids)."""
    points = [Point(record_iteration(r), float(r.score), r.status, r.id)
              for r in run.records if r.score is not None]
    last = max([0, *(p.iteration for p in points), *_started(run),
                *(i for i in (iteration_of(e.attempt_id) for e in run.usage) if i is not None)])
    out = Progress(iterations=list(range(last + 1)), points=points)
    out.best = _best_so_far(run.records, last, run.best_rule)
    per_usd, per_tokens = _cost_per_iteration(run, last, out)
    out.usd = _cumulative(per_usd)
    out.tokens = [int(t) for t in _cumulative(per_tokens)]
    return out


def _best_so_far(records: list[AgentRecord], last: int, rule: BestRule = BY_SCORE,
                 ) -> list[float | None]:
    """The score of the best agent (by the run's rule: an HGM run's is its posterior) among
    those made up to each iteration 0..last (one pass: the best up to an iteration is the
    better of the best before it and that iteration's own best)."""
    made: dict[int, list[AgentRecord]] = {}
    for r in records:
        made.setdefault(max(record_iteration(r), 0), []).append(r)
    best: AgentRecord | None = None
    scores: list[float | None] = []
    for it in range(last + 1):
        best = best_agent([*made.get(it, []), *([best] if best else [])], rule)
        scores.append(float(best.score) if best is not None and best.score is not None
                      else None)
    return scores


def _started(run: RunView) -> list[int]:
    """Generations the journal says were started."""
    return [int(g) for e in run.events
            if e.kind == "generation_started" and isinstance(g := e.data.get("generation"), int)]


def _cost_per_iteration(run: RunView, last: int, out: Progress) -> tuple[list[float], list[float]]:
    """USD and tokens spent in each iteration; ledger lines without one count where they fall."""
    usd, tokens = [0.0] * (last + 1), [0.0] * (last + 1)
    if run.usage:
        current = 0
        for entry in run.usage:  # the ledger is in time order
            found = iteration_of(entry.attempt_id)
            current = found if found is not None else current
            usd[current] += entry.usd
            tokens[current] += entry.tokens
        return usd, tokens
    out.cost_source = "records"
    for record in run.records:
        it = min(record_iteration(record), last)
        usd[it] += record.cost_usd
        tokens[it] += record.tokens
    return usd, tokens


def _cumulative(values: list[float]) -> list[float]:
    total, out = 0.0, []
    for value in values:
        total += value
        out.append(round(total, 6))
    return out
