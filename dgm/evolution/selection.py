"""Parent selection strategies, by name.

Each strategy takes the candidates (agents allowed to be parents), how many
parents to pick, and a seeded random generator, and returns agent ids.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from dgm.evolution.scoring import Scored, is_complete, order_key, runs_of_record
from ground.tomlconfig import lookup


class Record(Scored, Protocol):
    """What selection needs of an archive record (agents_archive.AgentRecord has it)."""

    @property
    def parent(self) -> str | None: ...
    @property
    def status(self) -> str: ...


@dataclass(frozen=True)
class Candidate:
    """What selection knows of an agent."""

    id: str
    score: float
    children: int  # number of children already attempted from it
    clade_successes: float = 0.0  # resolved tasks over the agent's whole clade (hgm)
    clade_failures: float = 0.0  # unresolved tasks over the clade (hgm)
    order: int = 0  # when it joined the archive; higher is newer
    runs: int = 0  # task runs behind its score
    complete: bool = True  # every stage of its evaluation ran


Strategy = Callable[[Sequence[Candidate], int, random.Random], list[str]]


def _weighted(
    cands: Sequence[Candidate], weights: list[float], k: int, rng: random.Random
) -> list[str]:
    """Draw k ids with replacement in proportion to weights (uniform if all are zero)."""
    if sum(weights) <= 0:
        weights = [1.0] * len(cands)
    return [c.id for c in rng.choices(list(cands), weights=weights, k=k)]


def select_random(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """Uniformly at random."""
    return _weighted(cands, [1.0] * len(cands), k, rng)


def select_score_prop(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """In proportion to score."""
    return _weighted(cands, [max(c.score, 0.0) for c in cands], k, rng)


def _sigmoid_score(score: float, midpoint: float = 0.5, steepness: float = 10.0) -> float:
    return 1.0 / (1.0 + math.exp(-steepness * (score - midpoint)))


def select_score_child_prop(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """The DGM default: sigmoid of the score times 1 / (1 + number of children)."""
    weights = [_sigmoid_score(c.score) / (1 + c.children) for c in cands]
    return _weighted(cands, weights, k, rng)


def select_best(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """The best agents by scoring's rule (fully evaluated first), cycling if k > len."""
    ranked = sorted(cands, key=lambda c: (not c.complete,
                                          *order_key(c.score, c.runs, c.order, c.id)))
    return [ranked[i % len(ranked)].id for i in range(k)]


def select_hgm(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """Thompson sampling on each clade's successes and failures (Huxley-Gödel Machine)."""
    picks = []
    for _ in range(k):
        draws = [rng.betavariate(1 + c.clade_successes, 1 + c.clade_failures) for c in cands]
        picks.append(cands[max(range(len(cands)), key=draws.__getitem__)].id)
    return picks


def select_latest(cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """Always the newest agent (the `no_darwin` baseline)."""
    newest = max(cands, key=lambda c: c.order)
    return [newest.id] * k


STRATEGIES: dict[str, Strategy] = {
    "random": select_random,
    "score_prop": select_score_prop,
    "score_child_prop": select_score_child_prop,
    "best": select_best,
    "hgm": select_hgm,
    "latest": select_latest,
}


def get_strategy(name: str) -> Strategy:
    """The strategy called `name`, or a ConfigError listing the valid names."""
    return lookup(STRATEGIES, name, "parent selection")


def select_parents(name: str, cands: Sequence[Candidate], k: int, rng: random.Random) -> list[str]:
    """Pick k parents with the named strategy; there must be at least one candidate."""
    if not cands:
        raise ValueError("no candidate parents")
    return get_strategy(name)(cands, k, rng)


def candidates_from(records: Sequence[Record], eligible: str) -> list[Candidate]:
    """Candidates from archive records: scored agents whose status is `eligible`."""
    children: dict[str, int] = {}
    for r in records:
        if r.parent:
            children[r.parent] = children.get(r.parent, 0) + 1
    clade = clade_counts(records)
    return [Candidate(r.id, r.score, children.get(r.id, 0), *clade.get(r.id, (0.0, 0.0)),
                      order=_iteration(r), complete=is_complete(r),
                      runs=sum(map(len, runs_of_record(r).values())))
            for r in records if r.status == eligible and r.score is not None]


def _iteration(record: Record) -> int:
    """The loop iteration that made the agent (0 when not recorded)."""
    value = record.extra.get("iteration", 0)
    return value if isinstance(value, int) else 0


def clade_counts(records: Sequence[Record]) -> dict[str, tuple[float, float]]:
    """Resolved and unresolved task counts summed over each agent's clade (itself + descendants).

    One pass from the leaves up: an agent's totals reach its parent once all of its own
    children's have, so the cost is linear in the archive whatever the lineage's depth.
    """
    by_id = {r.id: r for r in records}
    totals: dict[str, list[float]] = {r.id: [0.0, 0.0] for r in records}
    waiting: dict[str, int] = dict.fromkeys(by_id, 0)  # children not yet added in
    for r in records:
        outcomes = [o for runs in runs_of_record(r).values() for o in runs]
        totals[r.id][0] += sum(outcomes)
        totals[r.id][1] += len(outcomes) - sum(outcomes)
    for r in by_id.values():
        if r.parent in waiting:
            waiting[r.parent] += 1
    ready = [agent for agent, n in waiting.items() if n == 0]
    while ready:
        agent = ready.pop()
        parent = by_id[agent].parent
        if parent is None or parent not in by_id:
            continue
        totals[parent][0] += totals[agent][0]
        totals[parent][1] += totals[agent][1]
        waiting[parent] -= 1
        if waiting[parent] == 0:
            ready.append(parent)
    return {k: (v[0], v[1]) for k, v in totals.items()}
