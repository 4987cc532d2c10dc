"""Parent selection's work grows with the archive, not with the archive times its depth."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dgm.evolution.selection import candidates_from


@dataclass
class CountingRecord:
    """An archive record that counts how often selection asks for its parent."""

    id: str
    up: str | None
    reads: list[int]  # shared by every record of one archive
    score: float | None = 0.5
    status: str = "ok"
    runs: Mapping[str, Sequence[bool]] = field(default_factory=dict)
    results: Mapping[str, object] = field(default_factory=dict)
    complete: bool | None = True
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def parent(self) -> str | None:
        self.reads[0] += 1
        return self.up


def chain(n: int, reads: list[int]) -> list[CountingRecord]:
    """A single lineage of n agents (what the `latest` baseline grows), each with one win
    and one loss."""
    return [CountingRecord(f"a{i}", f"a{i - 1}" if i else None, reads,
                           runs={"t1": [True], "t2": [False]}) for i in range(n)]


def parent_reads(n: int) -> int:
    reads = [0]
    candidates_from(chain(n, reads), "ok")
    return reads[0]


def test_clade_totals_sum_each_agent_and_its_descendants() -> None:
    reads = [0]
    records = [*chain(3, reads),
               CountingRecord("b", "a0", reads, runs={"t1": [True, True], "t2": [True]})]
    clades = {c.id: (c.clade_successes, c.clade_failures)
              for c in candidates_from(records, "ok")}
    assert clades == {"a0": (6.0, 3.0), "a1": (2.0, 2.0), "a2": (1.0, 1.0), "b": (3.0, 0.0)}


def test_parent_lookups_per_agent_stay_few_however_deep_the_lineage() -> None:
    # Walking every agent's ancestors would take n x depth lookups: 25 per agent at 50, 250
    # at 500.
    assert parent_reads(50) <= 8 * 50 and parent_reads(500) <= 8 * 500
