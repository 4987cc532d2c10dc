"""Scores as evidence: intervals, every repeat kept, like-with-like comparison, one 'best'."""

from __future__ import annotations

import pytest

from agents_archive import AgentRecord
from dgm.evolution.scoring import (
    best_agent,
    majority,
    merge_runs,
    on_common_tasks,
    ranked,
    runs_of,
    score_of,
    wilson,
)
from evals.harness import TaskResult


def record(agent: str, score: float | None, runs: dict[str, list[bool]] | None = None,
           complete: bool | None = True, iteration: int = 1) -> AgentRecord:
    return AgentRecord(agent, "c" * 40, None, 1, score=score, runs=runs or {},
                       complete=complete, extra={"iteration": iteration})


def run(task: str, resolved: bool, repeat: int) -> TaskResult:
    return TaskResult(task, resolved, empty_patch=False, patch_applied=True, timed_out=False,
                      repeat=repeat)


def test_wilson_interval_matches_known_values() -> None:
    low, high = wilson(5, 10)
    assert (round(low, 4), round(high, 4)) == (0.2366, 0.7634)
    low, high = wilson(10, 10)
    assert high == pytest.approx(1.0) and 0.69 < low < 0.73
    assert wilson(0, 0) == (0.0, 1.0)


def test_every_repeat_is_kept_and_counted() -> None:
    results = [run("a", True, repeat=1), run("a", False, repeat=0),
               run("b", True, repeat=0), run("b", True, repeat=1)]
    runs = runs_of(results)
    assert runs == {"a": [False, True], "b": [True, True]}  # in repeat order, none lost
    score = score_of(runs)
    assert score.mean == pytest.approx(0.75) and score.runs == 4 and score.tasks == 2
    assert score.low < 0.75 < score.high
    assert majority(runs) == {"a": True, "b": True}
    assert majority({"c": [True, False, False]}) == {"c": False}
    assert merge_runs(runs, {"a": [True]}) == {"a": [False, True, True], "b": [True, True]}


def test_more_runs_narrow_the_interval() -> None:
    few = score_of({"a": [True, False]})
    many = score_of({"a": [True, False] * 20})
    assert few.mean == many.mean
    assert many.high - many.low < few.high - few.low


def test_like_with_like_uses_only_the_tasks_both_ran() -> None:
    child = {"a": [True], "b": [True], "c": [False]}
    parent = {"a": [False], "b": [True]}
    mine, theirs = on_common_tasks(child, parent)
    assert (mine.mean, theirs.mean, mine.tasks) == (1.0, 0.5, 2)


def test_best_is_fully_evaluated_only_with_one_tie_rule() -> None:
    lucky = record("lucky", 1.0, {"a": [True]}, complete=False)  # stopped after a stage
    steady = record("steady", 0.8, {t: [True] * 4 + [False] for t in "abcd"}, iteration=3)
    twin = record("twin", 0.8, {t: [True] * 4 + [False] for t in "ab"}, iteration=1)
    older = record("older", 0.8, {t: [True] * 4 + [False] for t in "abcd"}, iteration=2)
    unscored = record("none", None)
    assert best_agent([lucky, unscored]) is None
    # same score: more runs wins, then the older, then the smaller id
    assert [r.id for r in ranked([lucky, steady, twin, older, unscored])] == \
        ["older", "steady", "twin"]
    assert best_agent([steady, twin]).id == "steady"
    legacy = record("legacy", 0.5, complete=None)  # written before stages were tracked
    assert best_agent([legacy]).id == "legacy"
