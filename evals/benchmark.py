"""A benchmark: named task ids, named splits, and tasks loaded on demand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from dgm.errors import BenchmarkError
from evals.task import Task

FULL = "full"


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
    _cache: dict[str, Task] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        known = set(self.ids)
        for split, members in self.splits.items():
            missing = [m for m in members if m not in known]
            if missing:
                raise BenchmarkError(f"benchmark {self.name}: split {split!r} names unknown "
                                     f"tasks {names_hint(missing)}", "fix the split's task list")
        self.splits.setdefault(FULL, list(self.ids))

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
        """Task ids named explicitly, else those of a split (default: full)."""
        if tasks:
            self.check_ids(tasks)
            return list(tasks)
        return self.split(split or FULL)
