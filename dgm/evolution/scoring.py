"""Scores as evidence: every run of every task, a 95% interval, and the one rule for "best".

An agent's score is the mean over all the task runs behind it (tasks x repeats, every
stage it ran, re-evaluations included). Its interval is the Wilson 95% interval of
that proportion. The run's best agent is decided here and nowhere else:

    among fully evaluated agents (every stage of the evaluation ran), the highest
    score; ties go to the agent with more task runs behind its score, then to the
    older agent (earlier iteration), then to the smaller id.

An HGM run (evolution.mode = "hgm") evaluates agents one task at a time, so most are
never fully evaluated; its rule is the posterior's (`BestRule` "posterior"): among agents
with at least `min_evals` task runs (else among all with one), the highest lower
`quantile` of Beta(1 + resolved, 1 + unresolved), then the same tie rule.

imp@k, the run's improvement by iteration k, is measured here too (`improvement_at`): the
selection score of the best agent (by the run's rule) among those made up to an iteration,
minus the starting agent's, with the held-out difference beside it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from dgm.evolution.hgm import posterior_key
from ground.agentfields import RecordFields
from ground.jsontypes import Json

if TYPE_CHECKING:  # only the type: the views import scoring and need no harness
    from evals.harness import TaskResult

Z95 = 1.959963984540054  # two-sided 95% normal quantile
SCORE, POSTERIOR = "score", "posterior"  # the rules for the run's best agent


class Scored(Protocol):
    """What ranking needs of an agent record (read-only, so any record type fits)."""

    @property
    def id(self) -> str: ...
    @property
    def score(self) -> float | None: ...
    @property
    def runs(self) -> Mapping[str, Sequence[bool]]: ...
    @property
    def results(self) -> Mapping[str, object]: ...
    @property
    def complete(self) -> bool | None: ...
    @property
    def extra(self) -> Mapping[str, object]: ...


S = TypeVar("S", bound=Scored)


class Rooted(Scored, Protocol):
    """A record imp@k can compare with the start: its parent and its held-out score."""

    @property
    def parent(self) -> str | None: ...
    @property
    def heldout_score(self) -> float | None: ...


R = TypeVar("R", bound=Rooted)


@dataclass(frozen=True)
class Score:
    """A proportion of resolved task runs with its 95% interval."""

    mean: float
    low: float
    high: float
    runs: int  # task runs behind the mean (tasks x repeats)
    tasks: int  # distinct tasks

    def interval(self) -> list[float]:
        return [round(self.low, 4), round(self.high, 4)]


def wilson(successes: int, n: int) -> tuple[float, float]:
    """The Wilson score 95% interval of successes / n ((0, 1) when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + Z95 ** 2 / (2 * n)) / (1 + Z95 ** 2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95 ** 2 / (4 * n * n)) / (1 + Z95 ** 2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score_of(runs: Mapping[str, Sequence[bool]]) -> Score:
    """The score over every run of every task."""
    outcomes = [bool(o) for task in runs.values() for o in task]
    wins = sum(outcomes)
    low, high = wilson(wins, len(outcomes))
    return Score(wins / len(outcomes) if outcomes else 0.0, low, high, len(outcomes), len(runs))


def runs_of(results: Iterable[TaskResult]) -> dict[str, list[bool]]:
    """Per task, the outcome of each repeat (in repeat order)."""
    runs: dict[str, list[bool]] = {}
    for r in sorted(results, key=lambda r: r.repeat):
        runs.setdefault(r.task_id, []).append(r.resolved)
    return runs


def merge_runs(*parts: Mapping[str, Sequence[bool]]) -> dict[str, list[bool]]:
    """Runs of several evaluations of one agent, task by task."""
    merged: dict[str, list[bool]] = {}
    for part in parts:
        for task, outcomes in part.items():
            merged.setdefault(task, []).extend(bool(o) for o in outcomes)
    return merged


def majority(runs: Mapping[str, Sequence[bool]]) -> dict[str, bool]:
    """Per task: resolved in at least half of its runs."""
    return {task: 2 * sum(map(bool, o)) >= len(o) > 0 for task, o in runs.items()}


def score_fields(runs: Mapping[str, Sequence[bool]]) -> RecordFields:
    """An agent record's score fields from its runs: score, interval, runs, per-task results."""
    score = score_of(runs)
    results: dict[str, Json] = dict(majority(runs))
    return {"score": score.mean, "score_interval": score.interval(),
            "runs": {t: list(o) for t, o in runs.items()}, "results": results}


def runs_of_record(record: Scored) -> dict[str, list[bool]]:
    """A record's runs; records from before repeats were kept have one run per task."""
    if record.runs:
        return {t: list(o) for t, o in record.runs.items()}
    return {t: [bool(v)] for t, v in (record.results or {}).items()}


def on_common_tasks(a: Mapping[str, Sequence[bool]], b: Mapping[str, Sequence[bool]],
                    ) -> tuple[Score, Score]:
    """Two agents' scores (from their runs) over only the tasks both ran: like with like."""
    common = set(a) & set(b)
    return score_of({t: a[t] for t in common}), score_of({t: b[t] for t in common})


def is_complete(record: Scored) -> bool:
    """Fully evaluated: scored, and every stage of its evaluation ran."""
    if record.score is None:
        return False
    return record.complete is not False  # None: a record from before stages were tracked


def rank_key(record: Scored) -> tuple[float, int, int, str]:
    """Sort key, smallest first = best: score, then runs, then age, then id."""
    iteration = record.extra.get("iteration")
    return order_key(float(record.score or 0.0), sum(map(len, runs_of_record(record).values())),
                     iteration if isinstance(iteration, int) else 0, record.id)


def order_key(score: float, runs: int, iteration: int, agent_id: str,
              ) -> tuple[float, int, int, str]:
    """The tie rule in one place: higher score, more runs, older, smaller id."""
    return (-score, -runs, iteration, agent_id)


@dataclass(frozen=True)
class BestRule:
    """How a run names its best agent: by score, or by the posterior (HGM)."""

    kind: str = SCORE  # SCORE or POSTERIOR
    quantile: float = 0.05  # posterior: the lower quantile compared
    min_evals: int = 5  # posterior: agents with fewer task runs rank after the others


BY_SCORE = BestRule()


def best_rule(mode: object, quantile: object = 0.05, min_evals: object = 5) -> BestRule:
    """The rule of a run in `mode` (a config's, or a raw dgm.toml's values)."""
    if mode != "hgm":
        return BY_SCORE
    q = float(quantile) if isinstance(quantile, int | float) else 0.05
    n = min_evals if isinstance(min_evals, int) else 5
    return BestRule(POSTERIOR, q, n)


def rule_of_table(evolution: Mapping[str, object]) -> BestRule:
    """The rule of a run from the raw [evolution] table of its dgm.toml (the views read it)."""
    hgm = evolution.get("hgm")
    hgm = hgm if isinstance(hgm, dict) else {}
    return best_rule(evolution.get("mode", "dgm"), hgm.get("final_quantile", 0.05),
                     hgm.get("min_final_evals", 5))


def posterior_rank_key(record: Scored, rule: BestRule) -> tuple[bool, float, float, int, str]:
    """Sort key under the posterior rule, smallest first = best."""
    outcomes = [o for runs in runs_of_record(record).values() for o in runs]
    wins = sum(map(bool, outcomes))
    iteration = record.extra.get("iteration")
    return (*posterior_key(wins, len(outcomes) - wins, rule.quantile, rule.min_evals),
            iteration if isinstance(iteration, int) else 0, record.id)


def ranked(records: Iterable[S], rule: BestRule = BY_SCORE) -> list[S]:
    """Agents by the run's rule, best first: fully evaluated ones by score, or (posterior)
    every agent with a task run by its posterior."""
    if rule.kind == POSTERIOR:
        return sorted((r for r in records if runs_of_record(r)),
                      key=lambda r: posterior_rank_key(r, rule))
    return sorted((r for r in records if is_complete(r)), key=rank_key)


def best_agent(records: Iterable[S], rule: BestRule = BY_SCORE) -> S | None:
    """The run's best agent by its rule, or None when no agent qualifies yet."""
    order = ranked(records, rule)
    return order[0] if order else None


def iteration_of(record: Scored) -> int:
    """The iteration that made an agent (its record's `extra.iteration`; 0 when not recorded)."""
    value = record.extra.get("iteration")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass(frozen=True)
class Improvement:
    """imp@k: how much better the best agent made up to an iteration is than the start."""

    upto: int  # the last iteration whose agents count: min(k, current)
    best: str  # the best agent among them, by the run's rule
    start: str  # the starting agent (the root)
    best_score: float  # selection scores
    start_score: float
    gain: float  # best_score - start_score
    heldout_gain: float | None  # the same on the held-out split, once both are scored on it


def imp_upto(k: int, current: int) -> tuple[int, bool]:
    """The iteration imp@k looks up to while the run has finished `current`, and whether k
    is reached: (min(k, current), current >= k)."""
    return min(k, current), current >= k


def improvement_at(records: Iterable[R], upto: int, rule: BestRule = BY_SCORE,
                   ) -> Improvement | None:
    """imp@k with `upto` = min(k, current): the best agent made at iterations <= upto (by
    `rule`) against the root; None while the root has no complete evaluation."""
    records = list(records)
    start = next((r for r in records if r.parent is None), None)
    if start is None or not is_complete(start) or start.score is None:
        return None
    best = best_agent([r for r in records if iteration_of(r) <= upto], rule)
    if best is None or best.score is None:
        return None
    high, low = best.heldout_score, start.heldout_score
    heldout = round(high - low, 6) if high is not None and low is not None else None
    return Improvement(upto, best.id, start.id, best.score, start.score,
                       round(best.score - start.score, 6), heldout)
