"""An HGM run's journal folded into its decisions: which were made, which finished.

A decision (`hgm_decision`) is journaled before its action is dispatched; an expansion
is finished when its child's admission event is journaled, an evaluation when its
`task_evaluated` is. Decisions made and not finished are dispatched again on resume,
as journaled, so a resumed run makes the decisions an uninterrupted one would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dgm.journal import Event

EXPAND, EVALUATE = "expand", "evaluate"  # the two actions of a decision
# The events that end an expansion: its child was admitted, a duplicate, or discarded.
EXPANSION_ENDS = ("child_admitted", "child_duplicate", "child_discarded")


@dataclass(frozen=True)
class Decision:
    """One journaled decision: what to do, to which agent, under which attempt id."""

    index: int  # 0, 1, ... in the order decided
    action: str  # EXPAND or EVALUATE
    agent: str  # the agent expanded, or evaluated
    attempt: str  # g{k:03d}a00 for expansion k, e{n:05d} for evaluation n
    generation: int = 0  # expansion number k (the iteration of its child); evaluations: 0
    task: str | None = None  # the task an evaluation runs

    @classmethod
    def from_event(cls, data: dict[str, object]) -> Decision:
        """Rebuild from an `hgm_decision` event's data."""
        task, generation = data.get("task"), data.get("generation", 0)
        return cls(int(str(data["index"])), str(data["action"]), str(data["agent"]),
                   str(data["attempt"]), generation if isinstance(generation, int) else 0,
                   None if task is None else str(task))


@dataclass
class HgmProgress:
    """What an HGM run's journal says of its decisions."""

    decisions: list[Decision] = field(default_factory=list)
    finished: set[str] = field(default_factory=set)  # attempt ids of finished actions
    n_evals: int = 0  # one-task evaluations finished
    final: dict[str, object] | None = None  # the last `hgm_final` event's data

    @property
    def pending(self) -> list[Decision]:
        """Decisions whose action has not finished, in the order decided."""
        return [d for d in self.decisions if d.attempt not in self.finished]

    @property
    def expansions_decided(self) -> int:
        return sum(d.action == EXPAND for d in self.decisions)

    @property
    def evaluations_decided(self) -> int:
        return sum(d.action == EVALUATE for d in self.decisions)

    @property
    def expansions_done(self) -> int:
        return sum(d.action == EXPAND and d.attempt in self.finished for d in self.decisions)

    def add(self, decision: Decision) -> None:
        self.decisions.append(decision)

    def finish(self, decision: Decision) -> None:
        self.finished.add(decision.attempt)
        if decision.action == EVALUATE:
            self.n_evals += 1


def hgm_progress(events: Iterable[Event]) -> HgmProgress:
    """The decisions, finished actions and evaluation count the events record."""
    progress = HgmProgress()
    for e in events:
        attempt = e.data.get("attempt")
        if e.kind == "hgm_decision":
            progress.add(Decision.from_event(dict(e.data)))
        elif e.kind == "task_evaluated" and isinstance(attempt, str):
            if attempt not in progress.finished:
                progress.finished.add(attempt)
                progress.n_evals += 1
        elif e.kind in EXPANSION_ENDS and isinstance(attempt, str):
            progress.finished.add(attempt)
        elif e.kind == "hgm_final":
            progress.final = dict(e.data)
    return progress
