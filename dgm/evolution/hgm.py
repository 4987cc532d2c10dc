"""The Huxley-Gödel Machine's policy, as pure functions (Wang et al. 2025, arXiv:2510.21614).

HGM decouples expansion (making a child of an agent) from evaluation (one more task run
of one agent). Each time a worker is free it expands when the evaluations so far allow
another node (progressive widening), else it evaluates. Expansion targets are drawn by
Thompson sampling on the clade's task outcomes (the agent and all its descendants:
clade metaproductivity); evaluation targets on the agent's own outcomes. A temperature
that grows towards the end of the evaluation budget makes both draws greedy. The final
agent is the one whose posterior Beta(1+s, 1+f) has the highest lower quantile.

Formulas and defaults follow the released code (metauto-ai/HGM, hgm.py and tree.py);
pseudo-descendant evaluations are omitted (inactive at its defaults). The loop that uses
these is dgm.evolution.hgm_loop.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MAX_TAU = 10000.0  # the temperature once the evaluation budget is spent
MAX_INITIAL_EXPANSIONS = 5  # expansions from the root before the first decision


@dataclass(frozen=True)
class HgmConfig:
    """[evolution.hgm]: HGM's parameters (used when evolution.mode = "hgm")."""

    alpha: float = 0.6  # widening: expand while n_evals ** alpha >= nodes - 1 + pending
    cool_down: bool = True  # scale the Beta draws by tau (greedier near the budget's end)
    beta: float = 1.0  # exponent of the cool-down: tau = (B / (B - n_evals)) ** beta
    max_task_evals: int = 800  # B: single-task evaluations in the whole run (the budget)
    # Expansions from the root before any decision; None: min(5, floor(workers ** alpha)).
    initial_expansions: int | None = None
    eval_random: float = 1.0  # chance the task evaluated is drawn at random, else the first
    final_quantile: float = 0.05  # the final agent maximises this quantile of its posterior
    min_final_evals: int = 5  # agents with fewer own evaluations rank after the others


@dataclass(frozen=True)
class NodeStats:
    """One agent's task outcomes: its own, and its clade's (itself plus descendants)."""

    id: str
    own_s: float  # resolved task runs of the agent
    own_f: float  # unresolved task runs of the agent
    clade_s: float = 0.0  # resolved task runs over the clade
    clade_f: float = 0.0  # unresolved task runs over the clade

    @property
    def evals(self) -> int:
        return int(self.own_s + self.own_f)


def initial_expansions(config: HgmConfig, workers: int) -> int:
    """How many expansions of the root come first (at least one)."""
    if config.initial_expansions is not None:
        return max(1, config.initial_expansions)
    return max(1, min(MAX_INITIAL_EXPANSIONS, math.floor(math.pow(workers, config.alpha))))


def should_expand(n_evals: int, n_nodes: int, pending_expansions: int, alpha: float) -> bool:
    """Progressive widening: expand iff n_evals ** alpha >= (nodes - 1) + pending expansions."""
    return math.pow(n_evals, alpha) >= (n_nodes - 1) + pending_expansions


def temperature(n_evals: int, budget: int, beta: float, cool_down: bool) -> float:
    """tau = (B / (B - n_evals)) ** beta: 1 at the start, MAX_TAU once B evaluations ran."""
    if not cool_down:
        return 1.0
    if n_evals >= budget:
        return MAX_TAU
    return min(MAX_TAU, math.pow(budget / (budget - n_evals), beta))


def _thompson(nodes: Sequence[NodeStats], counts: Sequence[tuple[float, float]], tau: float,
              rng: random.Random) -> NodeStats:
    """The node whose draw from Beta(tau (1 + s), tau (1 + f)) is highest."""
    draws = [rng.betavariate(tau * (1 + s), tau * (1 + f)) for s, f in counts]
    return nodes[max(range(len(nodes)), key=draws.__getitem__)]


def pick_expansion(nodes: Sequence[NodeStats], tau: float, rng: random.Random) -> str:
    """The agent to expand: Thompson sampling on clade counts among agents that resolved
    some task (else among the evaluated ones, else among all)."""
    evaluated = [n for n in nodes if n.evals > 0]
    pool = [n for n in evaluated if n.own_s > 0] or evaluated or list(nodes)
    if not pool:
        raise ValueError("no agent to expand")
    return _thompson(pool, [(n.clade_s, n.clade_f) for n in pool], tau, rng).id


def pick_evaluation(nodes: Sequence[NodeStats], remaining: Mapping[str, Sequence[str]],
                    tau: float, rng: random.Random, eval_random: float) -> tuple[str, str]:
    """(agent, task): Thompson sampling on own counts among agents with tasks not yet
    submitted, then one of its tasks, uniformly at random (or the first in order)."""
    pool = [n for n in nodes if remaining.get(n.id)]
    if not pool:
        raise ValueError("no agent has a task left to evaluate")
    node = _thompson(pool, [(n.own_s, n.own_f) for n in pool], tau, rng)
    tasks = list(remaining[node.id])
    task = rng.choice(tasks) if rng.random() < eval_random else tasks[0]
    return node.id, task


def posterior_key(successes: float, failures: float, quantile: float, min_evals: int,
                  ) -> tuple[bool, float, float]:
    """Sort key, smallest first = best: enough evaluations, then the posterior's lower
    quantile, then more evaluations (callers add their own tie-breakers)."""
    evals = successes + failures
    value = beta_quantile(quantile, 1 + successes, 1 + failures)
    return (evals < min_evals, -value, -evals)


def final_choice(nodes: Sequence[NodeStats], quantile: float, min_evals: int) -> str:
    """The final agent: the highest lower `quantile` of Beta(1 + s, 1 + f) among agents
    with at least `min_evals` own evaluations (when none has, among all evaluated)."""
    pool = [n for n in nodes if n.evals > 0]
    if not pool:
        raise ValueError("no evaluated agent")
    return min(pool, key=lambda n: (*posterior_key(n.own_s, n.own_f, quantile, min_evals),
                                    n.id)).id


def beta_cdf(x: float, a: float, b: float) -> float:
    """The regularized incomplete beta function I_x(a, b): P(X <= x) for X ~ Beta(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (a * math.log(x) + b * math.log1p(-x)
                 + math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b))
    if x < (a + 1) / (a + b + 2):  # the continued fraction converges fast on this side
        return math.exp(log_front) * _beta_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(1.0 - x, b, a) / b


def _beta_fraction(x: float, a: float, b: float, steps: int = 300, eps: float = 1e-15,
                   ) -> float:
    """The continued fraction of I_x(a, b), evaluated by the modified Lentz method."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, steps + 1):
        for coeff in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                      -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + coeff * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + coeff / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < eps:
            break
    return result


def beta_quantile(q: float, a: float, b: float, tol: float = 1e-10) -> float:
    """The q-quantile of Beta(a, b), by bisection on beta_cdf."""
    if not 0.0 < q < 1.0:
        return 0.0 if q <= 0.0 else 1.0
    low, high = 0.0, 1.0
    while high - low > tol:
        mid = (low + high) / 2
        if beta_cdf(mid, a, b) < q:
            low = mid
        else:
            high = mid
    return (low + high) / 2
