"""Scores as evidence: intervals, every repeat kept, like-with-like comparison, one 'best'."""

from __future__ import annotations

import pytest

from agents_archive import AgentRecord
from dgm.evolution.scoring import (
    BestRule,
    best_agent,
    imp_upto,
    improvement_at,
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
           complete: bool | None = True, iteration: int = 1, parent: str | None = "root",
           heldout: float | None = None) -> AgentRecord:
    return AgentRecord(agent, "c" * 40, parent, 1, score=score, runs=runs or {},
                       complete=complete, heldout_score=heldout, extra={"iteration": iteration})


def scored(wins: int, of: int) -> dict[str, list[bool]]:
    """`of` tasks run once each, the first `wins` resolved."""
    return {f"t{i}": [i < wins] for i in range(of)}


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


def lineage() -> list[AgentRecord]:
    """A root at 0.5 and children that improve on it at iterations 1, 3 and 5."""
    return [record("root", 0.5, scored(5, 10), iteration=0, parent=None, heldout=0.4),
            record("one", 0.6, scored(6, 10), iteration=1, heldout=0.45),
            record("three", 0.7, scored(7, 10), iteration=3),
            record("five", 0.9, scored(9, 10), iteration=5, heldout=0.8)]


def test_imp_at_k_before_k_is_reached_uses_the_current_iteration() -> None:
    upto, reached = imp_upto(50, 3)  # generation 4 is running: its children do not count yet
    assert (upto, reached) == (3, False)
    imp = improvement_at(lineage(), upto)
    assert imp is not None and (imp.best, imp.start, imp.upto) == ("three", "root", 3)
    assert imp.gain == pytest.approx(0.2) and (imp.best_score, imp.start_score) == (0.7, 0.5)
    assert imp.heldout_gain is None  # "three" has no held-out score yet


def test_imp_at_k_once_reached_ignores_later_agents() -> None:
    upto, reached = imp_upto(2, 6)
    assert (upto, reached) == (2, True)
    imp = improvement_at(lineage(), upto)
    assert imp is not None and imp.best == "one"
    assert (imp.gain, imp.heldout_gain) == (pytest.approx(0.1), pytest.approx(0.05))
    late = improvement_at(lineage(), 5)
    assert late is not None and late.best == "five" and late.heldout_gain == pytest.approx(0.4)


def test_imp_at_k_is_zero_when_the_root_is_best() -> None:
    worse = [record("root", 0.5, scored(5, 10), iteration=0, parent=None, heldout=0.4),
             record("child", 0.3, scored(3, 10), iteration=1, heldout=0.9)]
    imp = improvement_at(worse, 10)
    assert imp is not None and imp.best == "root"
    assert (imp.gain, imp.heldout_gain) == (0.0, 0.0)  # never negative under the score rule


def test_imp_at_k_follows_the_posterior_rule() -> None:
    # HGM: children are evaluated a task at a time, so none is complete
    hgm = [record("root", 0.5, scored(5, 10), iteration=0, parent=None),
           record("lucky", 1.0, scored(2, 2), complete=False, iteration=1),
           record("steady", 0.8, scored(8, 10), complete=False, iteration=2)]
    posterior = improvement_at(hgm, 2, BestRule("posterior", 0.05, 5))
    assert posterior is not None and posterior.best == "steady"  # "lucky" ran too few tasks
    assert posterior.gain == pytest.approx(0.3)
    by_score = improvement_at(hgm, 2)
    assert by_score is not None and (by_score.best, by_score.gain) == ("root", 0.0)


def test_imp_at_k_is_none_without_a_complete_root() -> None:
    children = lineage()[1:]
    assert improvement_at(children, 5) is None  # no root at all
    stopped = [record("root", 0.5, scored(1, 2), complete=False, iteration=0, parent=None),
               *children]
    assert improvement_at(stopped, 5) is None  # stopped at a stage bar
    unscored = [record("root", None, iteration=0, parent=None), *children]
    assert improvement_at(unscored, 5) is None
