"""Parent selection strategies and admission policies."""

import random
from collections import Counter

import pytest

from dgm.evolution.admission import get_policy
from dgm.evolution.scoring import score_of
from dgm.evolution.selection import STRATEGIES, Candidate, select_parents
from ground.errors import ConfigError

CANDS = [
    Candidate("low", score=0.1, children=0, order=0, clade_successes=1, clade_failures=9),
    Candidate("high", score=0.9, children=0, order=1, clade_successes=9, clade_failures=1),
    Candidate("mid", score=0.5, children=5, order=2, clade_successes=5, clade_failures=5),
]


def draw(name: str, n: int = 3000) -> Counter[str]:
    return Counter(select_parents(name, CANDS, n, random.Random(1)))


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_every_strategy_returns_k_known_ids(name: str) -> None:
    picks = select_parents(name, CANDS, 7, random.Random(0))
    assert len(picks) == 7 and set(picks) <= {c.id for c in CANDS}


def test_strategies_are_deterministic_for_a_seed() -> None:
    for name in STRATEGIES:
        a = select_parents(name, CANDS, 10, random.Random(42))
        b = select_parents(name, CANDS, 10, random.Random(42))
        assert a == b, name


def test_best_picks_the_highest_score() -> None:
    assert select_parents("best", CANDS, 2, random.Random(0)) == ["high", "mid"]


def test_score_prop_prefers_higher_scores() -> None:
    counts = draw("score_prop")
    assert counts["high"] > counts["mid"] > counts["low"]


def test_score_child_prop_penalises_many_children() -> None:
    counts = draw("score_child_prop")
    assert counts["high"] > counts["mid"]
    assert counts["mid"] < draw("score_prop")["mid"]


def test_hgm_favours_the_successful_clade() -> None:
    counts = draw("hgm")
    assert counts["high"] > counts["mid"] > counts["low"]


def test_latest_always_extends_the_newest() -> None:
    assert set(draw("latest", 20)) == {"mid"}


def test_unknown_strategy_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match="score_child_prop"):
        select_parents("scor_prop", CANDS, 1, random.Random(0))


def test_admission_policies() -> None:
    weak, strong = score_of({"a": [False] * 9 + [True]}), score_of({"a": [True] * 9 + [False]})
    close = score_of({"a": [True] * 8 + [False] * 2})
    assert get_policy("keep_all")(weak, strong, 0.1)
    assert get_policy("keep_better")(strong, weak, 0.1)  # far beyond margin and interval
    assert not get_policy("keep_better")(strong, close, 0.1)  # +0.1: not beyond the margin
    assert get_policy("keep_better")(strong, close, 0.05)
    assert not get_policy("keep_better")(close, close, 0.0)  # a tie does not beat the parent
    with pytest.raises(ConfigError, match="keep_all"):
        get_policy("keep_worse")
