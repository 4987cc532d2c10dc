"""What the journal says about attempts: how each ended, how many of each, how long each took.

The one place `dgm status`, `dgm report`, `dgm compare` and `dgm show` count attempts, so
they always agree. An attempt ends in one of three ways once it has finished:

- admitted: its child entered the archive (as a parent, or kept but rejected);
- discarded: it made no child that runs (no diagnosis, no change, broken);
- duplicate: its child's source equals an agent already archived, so nothing was added.

Task duplicates (hyperagent mode) also count admitted children whose task agent equals an
archived agent's (`task_duplicate_of` in their `child_admitted` event): `task_duplicates`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dgm.journal import Event
from dgm.run.state import interruption_causes, step_reached, unfinished_attempts

ADMITTED, DISCARDED, DUPLICATE = "admitted", "discarded", "duplicate"
OUTCOME_OF = {"child_admitted": ADMITTED, "child_discarded": DISCARDED,
              "child_duplicate": DUPLICATE}


@dataclass(frozen=True)
class Outcome:
    """How one finished attempt ended, and the agent it made or duplicated (if any)."""

    kind: str  # ADMITTED, DISCARDED or DUPLICATE
    agent: str | None = None
    task_duplicate_of: str | None = None  # an archived agent with the same task part


def attempt_outcomes(events: Iterable[Event]) -> dict[str, Outcome]:
    """Each attempt's outcome by attempt id, from child_admitted/discarded/duplicate events."""
    found: dict[str, Outcome] = {}
    for e in events:
        kind = OUTCOME_OF.get(e.kind)
        attempt = e.data.get("attempt")
        if kind is None or not isinstance(attempt, str):
            continue
        if kind == DUPLICATE and found.get(attempt, Outcome("")).kind == ADMITTED:
            continue  # re-admitted after a resume: its own child, already counted as admitted
        agent, twin = e.data.get("agent"), e.data.get("task_duplicate_of")
        found[attempt] = Outcome(kind, agent if isinstance(agent, str) else None,
                                 twin if isinstance(twin, str) else None)
    return found


def task_duplicates(events: Iterable[Event]) -> int:
    """Attempts whose child added no new task agent: duplicates, and admitted children whose
    task part equals an archived agent's (each attempt once, as `attempt_outcomes` ends it)."""
    return sum(o.kind == DUPLICATE or (o.kind == ADMITTED and o.task_duplicate_of is not None)
               for o in attempt_outcomes(events).values())


def count_attempts(events: Iterable[Event], running: bool,
                   attempts_dir: Path | None = None, mode: str = "dgm") -> dict[str, Any]:
    """Attempts finished, admitted, discarded, duplicates, and the unfinished ones.

    `in_flight` lists the attempts the last session started and did not finish: running
    now while the run is driven, else the ones the driver was running when it stopped or
    died, which are then also `interrupted` (`dgm run --resume` runs them again). `steps`
    gives the step each of them had reached, read from its saved files in `attempts_dir`
    by the steps of the run's evolution `mode` (hyperagent: meta_agent, smoke, evaluate).
    """
    events = list(events)
    finished = {e.data.get("attempt") for e in events if e.kind == "attempt_finished"}
    kinds = [o.kind for o in attempt_outcomes(events).values()]
    unfinished = unfinished_attempts(events)
    steps = {a: step_reached(attempts_dir / a, mode) for a in unfinished} if attempts_dir else {}
    return {"finished": len(finished - {None}),
            "in_flight": unfinished,
            "interrupted": [] if running else unfinished,
            "steps": steps,
            "causes": interruption_causes(events) if not running else {},
            "admitted": kinds.count(ADMITTED), "discarded": kinds.count(DISCARDED),
            "duplicates": kinds.count(DUPLICATE)}


def journal_wall_s(events: Iterable[Event], attempt: str) -> float | None:
    """Seconds from the attempt's last start to its finish in the journal, if both are there.

    The seed's evaluation finishes with seed_evaluated rather than attempt_finished.
    """
    start = None
    for e in events:
        if e.data.get("attempt") != attempt:
            continue
        if e.kind == "attempt_started":
            start = e.at
        elif e.kind in ("attempt_finished", "seed_evaluated") and start is not None:
            return round(max(0.0, e.at - start), 3)
    return None


def result_wall_s(result: dict[str, Any] | None) -> float | None:
    """The sum of the step times an attempt's result.json recorded, if it has any."""
    seconds = (result or {}).get("seconds")
    if not isinstance(seconds, dict):
        return None
    steps = [v for v in seconds.values() if isinstance(v, int | float)]
    return round(sum(steps), 3) if steps else None
