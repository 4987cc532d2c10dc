"""benchmarks/strategies.py: its figures on hand-made curves, and one tiny experiment for real."""

from __future__ import annotations

import json
import statistics
import tomllib
from pathlib import Path

import pytest

from benchmarks import strategies
from benchmarks.strategies import Point, RunResult
from dgm.config import load_config


def result(strategy: str, seed: int, curve: list[tuple[int, float, float | None]],
           heldout: float | None = None) -> RunResult:
    points = [Point(e, u, b) for e, u, b in curve]
    return RunResult(strategy, seed, f"runs/{strategy}/seed{seed}", "budget", points,
                     "a1", heldout, agents=3, evals=points[-1].evals, usd=points[-1].usd)


def test_the_interval_is_the_t_interval_of_the_seeds() -> None:
    values = [0.5, 0.6, 0.7, 0.8, 0.9]
    mean, low, high = strategies.interval(values)
    half = 2.776 * statistics.stdev(values) / 5 ** 0.5  # t(0.975, 4 degrees of freedom)
    assert mean == pytest.approx(0.7)
    assert (low, high) == pytest.approx((0.7 - half, 0.7 + half))
    assert strategies.interval([0.4]) == (0.4, 0.4, 0.4)


def test_the_best_so_far_is_read_at_the_last_point_not_past_x() -> None:
    run = result("dgm", 0, [(10, 0.5, 0.4), (30, 1.5, 0.6), (50, 2.5, 0.7)])
    assert strategies.at(run.curve, 5, "evals") is None
    assert strategies.at(run.curve, 10, "evals") == 0.4
    assert strategies.at(run.curve, 49, "evals") == 0.6
    assert strategies.at(run.curve, 2.0, "usd") == 0.6
    assert strategies.at(run.curve, 99, "usd") == 0.7


def test_curves_average_each_strategy_over_its_seeds_only() -> None:
    runs = [result("dgm", 0, [(10, 1.0, 0.4), (20, 2.0, 0.8)]),
            result("dgm", 1, [(10, 1.0, 0.6), (20, 2.0, 0.6)]),
            result("best", 0, [(10, 1.0, 0.2), (20, 2.0, 0.3)])]
    curves = strategies.averaged(runs, "evals", 20)
    assert set(curves) == {"dgm", "best"}
    last = curves["dgm"][-1]
    assert last[0] == 20 and last[1] == pytest.approx(0.7)
    assert last[2] < 0.7 < last[3]
    assert curves["best"][-1][1:] == [0.3, 0.3, 0.3]
    # before any run's first point there is nothing to average: no row
    assert all(row[0] >= 10 for row in curves["dgm"])


def test_the_table_names_every_strategy_and_says_simulated() -> None:
    runs = [result("dgm", 0, [(10, 1.0, 0.4)], heldout=0.5),
            result("dgm", 1, [(10, 1.0, 0.6)], heldout=0.7),
            result("hgm", 0, [(12, 1.1, None)])]
    text = strategies.table(runs)
    assert "simulated model" in text.splitlines()[0]
    dgm = next(line for line in text.splitlines() if line.startswith("| dgm |"))
    assert "| 2 | 0.500 [0.000, 1.000] |" in dgm and "| 0.600 [0.000, 1.000] |" in dgm
    hgm = next(line for line in text.splitlines() if line.startswith("| hgm |"))
    assert "| - | - |" in hgm  # no best score yet, no held-out score


def test_recorded_summaries_are_read_back_whole_and_build_the_figures(tmp_path: Path) -> None:
    folder = strategies.summary_folder(tmp_path, 20.0, "staged")
    assert folder.name == "usd20-staged"
    runs = [result("hgm", 1, [(10, 1.0, 0.4), (25, 2.5, None)]),
            result("dgm", 1, [(10, 1.0, 0.4), (20, 2.0, 0.8)], heldout=0.6),
            result("dgm", 0, [(12, 1.5, 0.5)])]
    for run in runs:
        strategies.save_summary(folder, run, 20.0, "staged")
    data = json.loads((folder / "dgm-seed1.json").read_text())
    assert data["simulated"] is True and data["budget_usd"] == 20.0
    assert data["selection"] == "staged"
    back = strategies.recorded(folder)
    assert list(back) == [("dgm", 0), ("dgm", 1), ("hgm", 1)]  # strategy order, then seed
    assert back[("dgm", 1)] == runs[1]
    assert back[("hgm", 1)].curve[-1] == Point(25, 2.5, None)
    # the experiment's entry point rebuilds the figures from them alone
    out = tmp_path / "out"
    assert strategies.main(["--report", "--out", str(out), "--results", str(tmp_path)]) == 0
    table = (folder / "table.md").read_text()
    assert "| dgm | 2 |" in table and "| hgm | 1 |" in table
    assert (folder / "best_vs_cost.png").read_bytes()[:4] == b"\x89PNG"
    beside = json.loads((folder / "results.json").read_text())
    assert all(run["curve"] is None for run in beside["runs"])  # the summaries hold them
    assert json.loads((out / "results.json").read_text())["runs"][0]["curve"]


def test_the_table_gives_imp_at_k_signed_and_unclipped() -> None:
    runs = [result("dgm_h", 0, [(10, 1.0, 0.6)]), result("dgm_h", 1, [(10, 1.0, 0.7)])]
    runs[0].imp_at_k, runs[1].imp_at_k = 0.1, 0.3
    runs[0].imp_at_k_heldout = -0.2
    text = strategies.table(runs)
    assert "| imp@k (selection) | imp@k (held-out) |" in text
    row = next(line for line in text.splitlines() if line.startswith("| dgm_h |"))
    mean, low, high = strategies.interval([0.1, 0.3])
    assert f"| {mean:+.3f} [{low:+.3f}, {high:+.3f}] | -0.200 [-0.200, -0.200] |" in row
    assert low < 0  # an interval of a difference is not clipped to [0, 1]


def test_imp_at_k_is_read_as_the_views_read_it_and_recorded(tmp_path: Path) -> None:
    from dgm.evolution.scoring import improvement_at
    from dgm.views.rundata import RunView
    from tests.views.views_helpers import build_run

    root = tmp_path / "run"
    build_run(root)  # 3 generations, imp_k 50: imp@50 looks up to iteration 3
    figures = strategies.imp_figures(RunView(root))
    expected = improvement_at(RunView(root).records, 3)
    assert expected is not None and expected.gain > 0
    assert figures == {"imp_k": 50, "imp_at_k": expected.gain,
                       "imp_at_k_heldout": expected.heldout_gain}
    measured = result("dgm", 0, [(10, 1.0, 0.5)])
    measured.imp_k, measured.imp_at_k = 50, expected.gain
    folder = tmp_path / "summaries"
    strategies.save_summary(folder, measured, 20.0, "staged")
    assert strategies.recorded(folder)[("dgm", 0)].imp_at_k == expected.gain


def test_every_strategy_is_a_valid_config_on_top_of_toyworld() -> None:
    from dgm.config import load_config

    expected = {"dgm": ("dgm", "dgm"), "best": ("dgm", "dgm"), "no_darwin": ("dgm", "no_darwin"),
                "no_selfimprove": ("dgm", "no_selfimprove"), "hgm": ("hgm", "dgm"),
                "dgm_h": ("hyperagent", "dgm"), "dgm_h_no_darwin": ("hyperagent", "no_darwin"),
                "dgm_h_frozen_meta": ("hyperagent", "frozen_meta")}
    assert set(strategies.STRATEGIES) == set(expected)
    for name in strategies.STRATEGIES:
        for selection in strategies.SELECTIONS:
            overrides = [f"{k}={v}" for k, v in strategies.settings(name, 20.0, selection).items()]
            config = load_config(strategies.BASE_CONFIG, overrides)
            assert (config.evolution.mode, config.evolution.baseline) == expected[name], name
            assert config.budget.usd == 20.0 and config.evaluation.top_k == 0


def test_the_hyperagent_arms_run_only_when_named(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert strategies.DEFAULT == ["dgm", "best", "no_darwin", "no_selfimprove", "hgm"]
    assert not {"dgm_h", "dgm_h_no_darwin", "dgm_h_frozen_meta"} & set(strategies.DEFAULT)
    out = str(tmp_path / "out")
    assert strategies.main(["--report", "--out", out, "--strategies", "dgm_h_frozen_meta"]) == 1
    with pytest.raises(SystemExit):
        strategies.main(["--report", "--out", out, "--strategies", "dgm_hh"])
    assert "dgm_h_no_darwin" in capsys.readouterr().err  # the valid names are listed


def test_a_report_with_nothing_recorded_says_so(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert strategies.main(["--report", "--out", str(tmp_path / "out")]) == 1
    assert "nothing recorded" in capsys.readouterr().err


@pytest.mark.docker
@pytest.mark.slow
def test_each_selection_is_a_valid_staged_evaluation_of_toyworld() -> None:
    from dgm.config import load_config
    from dgm.services import run_benchmark
    from evals.harness import stage_plan

    sizes = {}
    for name, stages in strategies.SELECTIONS.items():
        config = load_config(strategies.BASE_CONFIG, [f"evaluation.stages={stages}"])
        plan = stage_plan(run_benchmark(config), config.evaluation.stages)
        sizes[name] = [len(ids) for ids in plan]
        assert len({i for ids in plan for i in ids}) == sum(sizes[name])  # no task twice
    assert sizes == {"staged": [10, 10], "small": [10]}


def test_a_tiny_experiment_writes_its_figures_from_real_runs(tmp_path: Path) -> None:
    out = tmp_path / "exp"
    code = strategies.main(["--seeds", "0", "--strategies", "dgm", "hgm", "--usd", "0.8",
                            "--out", str(out), "--no-heldout", "--selection", "small"])
    assert code == 0
    data = json.loads((out / "results.json").read_text())
    assert data["simulated"] is True
    assert [r["strategy"] for r in data["runs"]] == ["dgm", "hgm"]
    for run in data["runs"]:
        assert "budget" in (run["stop_reason"] or ""), run["stop_reason"]
        points = run["curve"]
        assert points and points[0]["evals"] >= 1
        evals = [p["evals"] for p in points]
        usd = [p["usd"] for p in points]
        assert evals == sorted(evals) and usd == sorted(usd)
        # the budget stops the run; only the calls in flight then (attempts x task workers
        # of the config: 2 x 2) may end past it
        ledger = [json.loads(line) for line in
                  (Path(run["run_dir"]) / "ledger.jsonl").read_text().splitlines()]
        assert 0.8 <= run["usd"] <= 0.8 + 4 * max(e["usd"] for e in ledger)
    assert "| dgm |" in (out / "table.md").read_text()
    for name in ("best_vs_evals.png", "best_vs_cost.png"):
        assert (out / name).read_bytes()[:4] == b"\x89PNG"
    # a second call finds the runs finished and only re-reads them
    before = (out / "dgm" / "seed0" / "journal.jsonl").read_text()
    assert strategies.main(["--seeds", "0", "--strategies", "dgm", "--usd", "0.8",
                            "--out", str(out), "--no-heldout", "--selection", "small"]) == 0
    assert (out / "dgm" / "seed0" / "journal.jsonl").read_text() == before
    recorded = strategies.recorded(out / "summaries" / "usd0.8-small")
    assert set(recorded) == {("dgm", 0), ("hgm", 0)}
    # a finished run is not stretched or shrunk to another budget, nor taken for a run on
    # other tasks: each asks for its own --out
    with pytest.raises(SystemExit, match="budget"):
        strategies.main(["--seeds", "0", "--strategies", "dgm", "--usd", "1.5",
                         "--out", str(out), "--no-heldout", "--selection", "small"])
    with pytest.raises(SystemExit, match="selection"):
        strategies.main(["--seeds", "0", "--strategies", "dgm", "--usd", "0.8",
                         "--out", str(out), "--no-heldout"])


def test_a_run_is_resumed_on_the_stages_it_recorded_with_their_defaults() -> None:
    for name, stages in strategies.SELECTIONS.items():
        wanted = tomllib.loads(f"s = {stages}")["s"]
        overrides = [f"{k}={v}" for k, v in strategies.settings("dgm", 20.0, name).items()]
        recorded = tomllib.loads(load_config(strategies.BASE_CONFIG, overrides).to_toml())
        stored = recorded["evaluation"]["stages"]
        assert stored != wanted  # the run's dgm.toml fills in min_score
        assert strategies.same_stages(stored, wanted), name
        other = [s for n, s in strategies.SELECTIONS.items() if n != name][0]
        assert not strategies.same_stages(stored, tomllib.loads(f"s = {other}")["s"])
    assert not strategies.same_stages(None, [{"split": "small"}])
    assert not strategies.same_stages([{"split": "small", "bogus": 1}], [{"split": "small"}])
