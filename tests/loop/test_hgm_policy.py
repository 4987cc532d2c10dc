"""HGM's pure policy: widening, the cool-down, Thompson picks, the posterior's final choice."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pytest

from dgm.config import EvolutionConfig, RunConfig, load_config
from dgm.evolution.hgm import (
    MAX_TAU,
    HgmConfig,
    NodeStats,
    beta_cdf,
    beta_quantile,
    final_choice,
    initial_expansions,
    pick_evaluation,
    pick_expansion,
    should_expand,
    temperature,
)
from dgm.evolution.scoring import BY_SCORE, best_agent, best_rule, rule_of_table
from ground.errors import ConfigError


@pytest.mark.parametrize(("n_evals", "n_nodes", "pending", "expand"), [
    (0, 1, 0, True),  # only the root: expand first
    (0, 1, 1, False),  # one expansion already on its way
    (1, 2, 0, True),  # 1 ** 0.6 = 1 >= 1
    (1, 3, 0, False),
    (4, 3, 0, True),  # 4 ** 0.6 = 2.30 >= 2
    (4, 3, 1, False),  # ... but not >= 3 with one expansion pending
    (10, 4, 0, True),  # 10 ** 0.6 = 3.98 >= 3
    (10, 5, 0, False),
    (100, 16, 0, True),  # 100 ** 0.6 = 15.85 >= 15
    (100, 17, 0, False),
])
def test_widening_expands_while_evaluations_allow_another_node(
        n_evals: int, n_nodes: int, pending: int, expand: bool) -> None:
    assert should_expand(n_evals, n_nodes, pending, 0.6) is expand


def test_pending_expansions_count_as_nodes() -> None:
    assert should_expand(10, 3, 0, 0.6) and not should_expand(10, 3, 2, 0.6)


def test_the_cool_down_runs_from_one_to_its_cap() -> None:
    assert temperature(0, 800, 1.0, True) == 1.0
    assert temperature(400, 800, 1.0, True) == pytest.approx(2.0)
    assert temperature(400, 800, 2.0, True) == pytest.approx(4.0)
    assert temperature(800, 800, 1.0, True) == MAX_TAU == 10000
    assert temperature(799, 800, 1.0, True) == pytest.approx(800.0)
    assert temperature(400, 800, 1.0, False) == 1.0


def test_initial_expansions_follow_the_worker_count() -> None:
    assert initial_expansions(HgmConfig(), 1) == 1
    assert initial_expansions(HgmConfig(), 20) == 5  # min(5, floor(20 ** 0.6) = 6)
    assert initial_expansions(HgmConfig(), 4) == 2  # floor(4 ** 0.6 = 2.30)
    assert initial_expansions(HgmConfig(initial_expansions=3), 1) == 3


def test_expansion_favours_the_clade_that_does_better() -> None:
    """Two agents alike on their own; one's descendants resolve far more."""
    nodes = [NodeStats("a", 2, 3, clade_s=4, clade_f=16),
             NodeStats("b", 2, 3, clade_s=16, clade_f=4)]
    picks = [pick_expansion(nodes, 1.0, random.Random(i)) for i in range(400)]
    assert picks.count("b") > 300
    # the same seed gives the same pick
    assert pick_expansion(nodes, 1.0, random.Random(5)) == pick_expansion(
        nodes, 1.0, random.Random(5))


def test_expansion_skips_agents_not_evaluated_or_that_resolved_nothing() -> None:
    nodes = [NodeStats("new", 0, 0, 0, 0), NodeStats("zero", 0, 4, 9, 1),
             NodeStats("some", 1, 3, 1, 3)]
    assert {pick_expansion(nodes, 1.0, random.Random(i)) for i in range(50)} == {"some"}
    assert pick_expansion(nodes[:2], 1.0, random.Random(0)) == "zero"  # none resolved any


def test_a_high_temperature_makes_the_draw_greedy() -> None:
    nodes = [NodeStats("a", 5, 5, 5, 5), NodeStats("b", 6, 4, 6, 4)]
    cool = [pick_expansion(nodes, 1.0, random.Random(i)) for i in range(200)]
    hot = [pick_expansion(nodes, MAX_TAU, random.Random(i)) for i in range(200)]
    assert cool.count("a") > 40 and hot.count("a") == 0


def test_evaluation_favours_the_agent_that_does_better_on_its_own() -> None:
    nodes = [NodeStats("a", 1, 6, clade_s=50, clade_f=1), NodeStats("b", 6, 1, 6, 1)]
    remaining = {"a": ["t1", "t2"], "b": ["t3", "t4", "t5"]}
    picks = [pick_evaluation(nodes, remaining, 1.0, random.Random(i), 1.0) for i in range(300)]
    assert sum(agent == "b" for agent, _ in picks) > 250
    assert {task for agent, task in picks if agent == "b"} == {"t3", "t4", "t5"}


def test_evaluation_skips_agents_with_nothing_left_and_can_take_the_first_task() -> None:
    nodes = [NodeStats("a", 9, 0), NodeStats("b", 0, 1)]
    remaining = {"a": [], "b": ["t7", "t8"]}
    for i in range(20):
        assert pick_evaluation(nodes, remaining, 1.0, random.Random(i), 0.0) == ("b", "t7")
    with pytest.raises(ValueError):
        pick_evaluation(nodes, {"a": []}, 1.0, random.Random(0), 1.0)


@pytest.mark.parametrize(("a", "b", "x", "cdf"), [
    (1, 1, 0.3, 0.3),
    (3, 1, 0.5, 0.125),  # x ** a
    (1, 4, 0.2, 1 - 0.8 ** 4),  # 1 - (1 - x) ** b
    (2, 2, 0.5, 0.5),  # symmetric
    (2, 2, 0.25, 3 * 0.25 ** 2 - 2 * 0.25 ** 3),
    (2, 3, 0.4, 0.5248),  # 1 - sum_{k<2} C(4,k) .4^k .6^(4-k)
    (10, 30, 0.25, 0.5244),  # binomial tail: P(Bin(39, .25) >= 10)
])
def test_beta_cdf_matches_closed_forms(a: float, b: float, x: float, cdf: float) -> None:
    assert beta_cdf(x, a, b) == pytest.approx(cdf, abs=1e-4)


def test_beta_quantile_inverts_known_distributions() -> None:
    assert beta_quantile(0.05, 1, 1) == pytest.approx(0.05, abs=1e-8)
    assert beta_quantile(0.05, 3, 1) == pytest.approx(0.05 ** (1 / 3), abs=1e-8)
    assert beta_quantile(0.05, 1, 5) == pytest.approx(1 - 0.95 ** (1 / 5), abs=1e-8)
    assert beta_quantile(0.5, 7, 7) == pytest.approx(0.5, abs=1e-8)
    # Beta(2, 11) 5% quantile, from the binomial identity I_x(2, 11) = P(Bin(12, x) >= 2)
    q = beta_quantile(0.05, 2, 11)
    assert 1 - (1 - q) ** 12 - 12 * q * (1 - q) ** 11 == pytest.approx(0.05, abs=1e-8)
    assert not math.isnan(beta_quantile(0.05, 401, 401))


def test_final_choice_prefers_the_well_evaluated_agent_over_a_lucky_one() -> None:
    """1/1 has the higher mean; 16/20 the higher lower quantile, and enough evaluations."""
    lucky, solid = NodeStats("lucky", 1, 0), NodeStats("solid", 16, 4)
    assert final_choice([lucky, solid], 0.05, 5) == "solid"
    assert final_choice([lucky, solid], 0.05, 0) == "solid"  # by the quantile alone too
    # with nobody reaching min_evals, the quantile decides among the evaluated
    assert final_choice([lucky, NodeStats("bad", 0, 3)], 0.05, 5) == "lucky"
    # a 5/5 agent that meets min_evals beats a 30/40 one only if its quantile is higher
    assert final_choice([NodeStats("five", 5, 0), NodeStats("forty", 30, 10)], 0.05, 5) == (
        "five" if beta_quantile(0.05, 6, 1) > beta_quantile(0.05, 31, 11) else "forty")
    with pytest.raises(ValueError):
        final_choice([NodeStats("new", 0, 0)], 0.05, 5)


@dataclass
class Rec:
    """What ranking reads of an archive record."""

    id: str
    runs: dict[str, list[bool]]
    score: float | None = None
    complete: bool | None = False
    results: dict[str, object] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)


def test_the_run_names_its_best_agent_by_its_modes_rule() -> None:
    seed = Rec("seed", {f"t{i}": [i < 2] for i in range(5)}, 0.4, True)
    lucky = Rec("lucky", {"t0": [True]}, 1.0)
    solid = Rec("solid", {f"t{i}": [i != 3] for i in range(6)}, 5 / 6)
    rule = RunConfig(evolution=EvolutionConfig(mode="hgm")).evolution.best_rule()
    assert rule == best_rule("hgm", 0.05, 5) and rule.kind == "posterior"
    assert best_agent([seed, lucky, solid], rule) is solid
    assert best_agent([seed, lucky, solid]) is seed  # by score: only the seed is complete
    assert rule_of_table({"mode": "hgm", "hgm": {"final_quantile": 0.05}}) == rule
    assert rule_of_table({}) == RunConfig().evolution.best_rule() == BY_SCORE


@pytest.mark.parametrize(("sets", "words"), [
    (["evolution.admission=keep_better"], "set evolution.admission = \"keep_all\""),
    (["evolution.baseline=no_darwin"], "set evolution.baseline = \"dgm\""),
    (["evolution.hgm.final_quantile=1.0"], "--set evolution.hgm.final_quantile"),
    (["evolution.hgm.max_task_evals=0"], "--set evolution.hgm.max_task_evals"),
])
def test_mode_hgm_refuses_what_it_cannot_do(sets: list[str], words: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(None, ["evolution.mode=hgm", *sets])
    assert words in err.value.fix


def test_unknown_modes_are_named() -> None:
    with pytest.raises(ConfigError, match="evolution.mode"):
        load_config(None, ["evolution.mode=hgm2"])
    assert load_config(None).evolution.mode == "dgm"
