"""The progress series reads each agent a few times, however many iterations the run has."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from dgm.evolution.scoring import BY_SCORE, BestRule, best_rule
from dgm.views.progress import progress


@dataclass
class CountingRecord:
    """An archive record that counts how often its `extra` (its iteration) is read."""

    id: str
    iteration: int
    score: float | None
    reads: list[int]  # shared by every record of one run
    parent: str | None = None
    generation: int = 1
    status: str = "ok"
    complete: bool | None = True
    cost_usd: float = 0.0
    tokens: int = 0
    runs: Mapping[str, Sequence[bool]] = field(default_factory=dict)
    results: Mapping[str, object] = field(default_factory=dict)

    @property
    def extra(self) -> dict[str, Any]:
        self.reads[0] += 1
        return {"iteration": self.iteration}


@dataclass
class RecordsOnly:
    """A run with an archive and neither journal nor ledger (what progress reads of RunView)."""

    records: list[CountingRecord]
    events: list[Any] = field(default_factory=list)
    usage: list[Any] = field(default_factory=list)
    best_rule: BestRule = BY_SCORE


def scored_run(iterations: int, reads: list[int]) -> RecordsOnly:
    """Eight agents per iteration, scoring it/10 + k/100; the best of each (k = 7) was not
    fully evaluated, and one early agent scores 0.35."""
    return RecordsOnly([CountingRecord(f"a{it:04d}{k}", it,
                                       0.35 if (it, k) == (1, 0) else it / 10 + k / 100, reads,
                                       complete=k != 7)
                        for it in range(iterations) for k in range(8)])


def test_best_so_far_counts_only_fully_evaluated_agents_up_to_each_iteration() -> None:
    prog = progress(scored_run(6, [0]))  # type: ignore[arg-type]  # duck-typed RunView
    assert prog.best == pytest.approx([0.06, 0.35, 0.35, 0.36, 0.46, 0.56])


def test_reads_per_agent_do_not_grow_with_the_number_of_iterations() -> None:
    # Ranking every agent made so far at each iteration would read each agent once per
    # iteration: 10 times at 10 iterations, 100 times at 100.
    per_agent = []
    for iterations in (10, 100):
        reads = [0]
        progress(scored_run(iterations, reads))  # type: ignore[arg-type]
        per_agent.append(reads[0] / (8 * iterations))
    assert max(per_agent) <= 6


def test_an_hgm_run_plots_the_best_agent_by_its_posterior() -> None:
    """HGM scores agents a task at a time (so none is complete) and names its best by the
    posterior: 9 of 10 runs beats 2 of 2, although 2 of 2 has the higher mean."""
    runs = {"a0000": [True] * 4 + [False], "a0001": [True] * 9 + [False], "a0002": [True] * 2}
    records = [CountingRecord(agent, it, sum(r) / len(r), [0], complete=False,
                              runs={f"t{i}": [o] for i, o in enumerate(r)})
               for it, (agent, r) in enumerate(runs.items())]
    by_posterior = RecordsOnly(records, best_rule=best_rule("hgm"))
    assert progress(by_posterior).best == pytest.approx([0.8, 0.9, 0.9])  # type: ignore[arg-type]
    assert progress(RecordsOnly(records)).best == [None, None, None]  # type: ignore[arg-type]
