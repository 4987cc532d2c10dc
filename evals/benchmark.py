"""A benchmark: named task ids, named splits, and tasks loaded on demand.

Every benchmark has a `heldout` split, disjoint from every other split: its tasks
are scored only to report how agents generalise, never to steer selection or to
inform a model. `full` means every task that is not held out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from evals.task import Task
from ground.errors import BenchmarkError

FULL, HELDOUT = "full", "heldout"
# Share of a user benchmark's tasks held out when it lists none (loader option heldout_fraction).
DEFAULT_HELDOUT_FRACTION = 0.2


def names_hint(names: list[str], limit: int = 12) -> str:
    """A short comma list of valid names for an error message."""
    shown = ", ".join(names[:limit])
    return shown + (f", ... ({len(names)} in all)" if len(names) > limit else "")


@dataclass
class Benchmark:
    """Task ids with splits; `load` builds a Task from an id (once, then cached)."""

    name: str
    description: str
    ids: list[str]
    load: Callable[[str], Task]
    splits: dict[str, list[str]] = field(default_factory=dict)
    # Groups of tasks (a polyglot language): their size, and why the group's tasks are not
    # loaded (None when they are). Empty for a benchmark that loads everything it has.
    availability: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # Variants of the project's sandbox image its tasks need (`polyglot`), built before a run.
    variants: list[str] = field(default_factory=list)
    _cache: dict[str, Task] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        known = set(self.ids)
        for split, members in self.splits.items():
            missing = [m for m in members if m not in known]
            if missing:
                raise BenchmarkError(f"benchmark {self.name}: split {split!r} names unknown "
                                     f"tasks {names_hint(missing)}", "fix the split's task list")
        held = list(self.splits.get(HELDOUT, []))
        splits = {k: v for k, v in self.splits.items() if k != HELDOUT}
        splits.setdefault(FULL, [i for i in self.ids if i not in set(held)])
        self.splits = {**splits, HELDOUT: held}
        self._check_heldout_disjoint()

    def _check_heldout_disjoint(self) -> None:
        """Raise BenchmarkError when a selection split names a held-out task."""
        held = set(self.splits[HELDOUT])
        for split, members in self.splits.items():
            mixed = [m for m in members if m in held]
            if split != HELDOUT and mixed:
                raise BenchmarkError(
                    f"benchmark {self.name}: split {split!r} names held-out tasks "
                    f"{names_hint(mixed)}", "a held-out task may be in no other split: "
                    "remove it from one of the two lists")

    @property
    def heldout(self) -> frozenset[str]:
        """The held-out task ids (never used for selection or shown to a model)."""
        return frozenset(self.splits[HELDOUT])

    def skipped(self) -> list[str]:
        """One line per group whose tasks are not loaded, saying why."""
        return [f"{self.name}: {group} ({count} task{'s' * (count != 1)}) skipped: {reason}"
                for group, (count, reason) in self.availability.items() if reason]

    def task_ids(self) -> Iterator[str]:
        """Every task id, in order."""
        return iter(self.ids)

    def split(self, name: str) -> list[str]:
        """The task ids of one split."""
        if name not in self.splits:
            raise BenchmarkError(f"benchmark {self.name} has no split {name!r}",
                                 f"use one of: {names_hint(list(self.splits))}")
        return list(self.splits[name])

    def task(self, task_id: str) -> Task:
        """One task by id."""
        if task_id not in self._cache:
            self.check_ids([task_id])
            self._cache[task_id] = self.load(task_id)
        return self._cache[task_id]

    def check_ids(self, task_ids: list[str]) -> None:
        """Raise BenchmarkError naming the first unknown id."""
        known = set(self.ids)
        for task_id in task_ids:
            if task_id not in known:
                raise BenchmarkError(f"benchmark {self.name} has no task {task_id!r}",
                                     f"valid ids: {names_hint(self.ids)}")

    def select(self, split: str | None = None, tasks: list[str] | None = None) -> list[str]:
        """Task ids named explicitly, else those of a split (default: every task, held out too)."""
        if tasks:
            self.check_ids(tasks)
            return list(tasks)
        return self.split(split) if split else list(self.ids)


def heldout_fraction(value: float | str | None) -> float:
    """The loader option heldout_fraction as a number in [0, 1); None gives the default."""
    if value is None:
        return DEFAULT_HELDOUT_FRACTION
    try:
        fraction = float(value)
    except (TypeError, ValueError):
        fraction = -1.0
    if not 0.0 <= fraction < 1.0:
        raise BenchmarkError(f"heldout_fraction {value!r} is not a number in [0, 1)",
                             "give e.g. -O heldout_fraction=0.2 (0 holds out no task)")
    return fraction


def hash_heldout(ids: list[str], fraction: float, named: Iterable[str] = ()) -> list[str]:
    """round(fraction x len(ids)) ids, those with the lowest sha256 among ids no split names.

    Deterministic: it depends on the ids alone, never on their order or on a seed. At
    least one task is left for selection. Returned in the order of `ids`.
    """
    taken = set(named)
    pool = sorted((i for i in ids if i not in taken), key=_id_digest)
    count = min(round(fraction * len(ids)), len(pool), max(len(ids) - 1, 0))
    chosen = set(pool[:count])
    return [i for i in ids if i in chosen]


def _id_digest(task_id: str) -> str:
    return hashlib.sha256(task_id.encode()).hexdigest()


def with_hashed_heldout(ids: list[str], splits: dict[str, list[str]],
                        fraction: float | str | None) -> dict[str, list[str]]:
    """`splits` plus a heldout split drawn by id hash from the tasks no split names."""
    named = [i for members in splits.values() for i in members]
    return {**splits, HELDOUT: hash_heldout(ids, heldout_fraction(fraction), named)}
