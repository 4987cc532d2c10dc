"""The strategy experiment (issue 18 part 6): DGM's parent selection against its ablations and
HGM, over several seeds, in the toy's open world, at equal simulated cost; on request also the
hyperagent arms (issue 19: dgm_h, dgm_h_no_darwin, dgm_h_frozen_meta).

    .venv/bin/python -m benchmarks.strategies [--seeds 0 1 2 3 4] [--usd 20]
        [--strategies dgm best no_darwin no_selfimprove hgm] [--out runs/strategies] [--quick]
        [--selection staged|small] [--results DIR] [--report]

Every run is a real `dgm run` (Docker sandboxes, git archive, journal, ledger) of
configs/toyworld.toml, with one strategy's settings on top and `[budget] usd` as the only
stop, so all strategies spend the same simulated dollars (the toy is priced in that config),
and agents selected on 20 tasks by default (--selection).
An interrupted experiment picks up where it stopped: finished runs are kept, unfinished ones
resumed. Then each run's final agent (by the run's own rule) is scored on the held-out split
with `dgm eval`, and its summary (curve, held-out score, counts, commit) is recorded in
--results (default OUT/summaries), in a folder per budget and selection, as one small JSON
file per run. A run recorded there is not run again, and the figures cover every run recorded
for that budget and selection, so an experiment too long for one sitting grows over several
(`--results benchmarks/results/strategies`, committed; `--report` only rebuilds the figures).
The figures are written to --out and beside the summaries:

- results.json: per run, the best-so-far curve, the held-out score and imp@k (the run's
  evolution.imp_k; selection, and held-out when the run scored both agents) ("simulated": true);
- table.md: per strategy, mean and 95% t-interval over seeds;
- best_vs_evals.png, best_vs_cost.png: best score so far against task evaluations and cost.

"Best so far" is what the run itself believed at that moment: the highest selection score
among admitted agents (dgm loop), or the mean score of the agent with the best posterior
(hgm). Both are estimates from few tasks, biased upwards by selection; the held-out column is
the unbiased figure. Everything here comes from a simulated model: it says nothing about real
models.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dgm.config import StageConfig
from dgm.evolution.attempt import EVALUATION_FILE, load_evaluation
from dgm.evolution.hgm import NodeStats, final_choice
from dgm.runner import STOPPED_BY_HAND
from dgm.views.improvement import imp_facts, imp_k_of
from dgm.views.rundata import RunView
from ground.errors import ConfigError
from ground.tomlconfig import coerce

ROOT = Path(__file__).resolve().parent.parent
BASE_CONFIG = ROOT / "configs" / "toyworld.toml"
LABEL = "simulated model (toy world): says nothing about real models"

# Each strategy's settings on top of the base config (dgm run --set KEY=VALUE).
STRATEGIES: dict[str, dict[str, str]] = {
    "dgm": {"evolution.selection": "score_child_prop", "evolution.admission": "keep_all",
            "evolution.baseline": "dgm"},
    "best": {"evolution.selection": "best", "evolution.admission": "keep_all"},
    "no_darwin": {"evolution.baseline": "no_darwin"},
    "no_selfimprove": {"evolution.baseline": "no_selfimprove"},
    "hgm": {"evolution.mode": "hgm", "evolution.hgm.max_task_evals": "100000",
            "evolution.generations": "0"},
    # Hyperagent mode (HYPERAGENT_DESIGN 9): each parent's own meta agent makes its child.
    "dgm_h": {"evolution.mode": "hyperagent"},
    "dgm_h_no_darwin": {"evolution.mode": "hyperagent", "evolution.baseline": "no_darwin"},
    "dgm_h_frozen_meta": {"evolution.mode": "hyperagent", "evolution.baseline": "frozen_meta"},
}
# The strategies run when --strategies is not given; the others are run by name.
DEFAULT = ["dgm", "best", "no_darwin", "no_selfimprove", "hgm"]
# What every run shares: only the budget ends it, and no final re-evaluation is spent.
COMMON = {"evolution.generations": "100000", "evolution.stagnation_generations": "0",
          "evaluation.top_k": "0", "budget.wall_hours": "0"}
# The tasks agents are selected on (evaluation.stages). "staged": the small split's 10 tasks,
# then 10 more of medium for an agent scoring at least 0.4 on them (a broken child stops at 10);
# 20 tasks tell single changes apart where 10 mostly cannot. "small": the config's own 10.
SELECTIONS = {"staged": '[{split = "small"}, {split = "medium", limit = 10, min_score = 0.4}]',
              "small": '[{split = "small"}]'}
# Two-sided 95% quantiles of Student's t by degrees of freedom (n - 1 seeds).
T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
       9: 2.262, 10: 2.228}
GRID = 20  # points of the averaged curves
STAGES = "evaluation.stages"  # the config key a run records its selection under
# A run not stopped yet or stopped by hand is resumed, and its figures are not a result.
BY_HAND = (None, *STOPPED_BY_HAND)


@dataclass
class Point:
    """The run's state after one event: task evaluations and dollars so far, best score."""

    evals: int
    usd: float
    best: float | None


@dataclass
class RunResult:
    """One strategy x seed."""

    strategy: str
    seed: int
    run_dir: str
    stop_reason: str | None
    curve: list[Point] = field(default_factory=list)
    final_agent: str | None = None
    heldout: float | None = None
    agents: int = 0
    evals: int = 0
    usd: float = 0.0
    imp_k: int | None = None  # k of imp@k: the run's evolution.imp_k
    imp_at_k: float | None = None  # best selection score up to min(k, iterations) - the root's
    imp_at_k_heldout: float | None = None  # the same on the held-out split, when both were scored


def curve(run: RunView) -> list[Point]:
    """Best-so-far against evaluations and cost, one point per event that can change it (and
    one per stop, which counts what attempts cut off by the budget spent)."""
    usage = sorted((e.time, e.usd) for e in run.usage if not e.attempt_id.startswith("final"))
    hgm = str(run.raw_config.get("evolution", {}).get("mode", "dgm")) == "hgm"
    points: list[Point] = []
    evals, best = 0, None
    scores: dict[str, list[bool]] = {}
    spent, cursor = 0.0, 0
    for event in run.events:
        while cursor < len(usage) and usage[cursor][0] <= event.at:
            spent += usage[cursor][1]
            cursor += 1
        data = event.data
        if event.kind == "seed_evaluated" and hgm:
            runs = _task_results(run, str(data["attempt"]))
            evals += len(runs)
            scores[str(data["agent"])] = runs
            best = _posterior_best(scores)
        elif event.kind == "task_evaluated":
            evals += 1
            scores.setdefault(str(data["agent"]), []).append(bool(data["resolved"]))
            best = _posterior_best(scores)
        elif event.kind in ("seed_evaluated", "attempt_finished") and not hgm:
            evals += len(_task_results(run, str(data["attempt"])))  # duplicates cost runs too
            if event.kind == "seed_evaluated":
                best = float(data["score"])  # type: ignore[arg-type]
        elif event.kind == "child_admitted" and not hgm:
            score = data.get("score")
            if isinstance(score, int | float) and data.get("status") == "ok":
                best = max(best or 0.0, float(score))
        elif event.kind != "run_stopped":  # a stop adds what the cut-off attempts spent
            continue
        points.append(Point(evals, round(spent, 6), best))
    return points


def _task_results(run: RunView, attempt: str) -> list[bool]:
    """Whether each task run of an attempt's evaluation resolved its task (none: [])."""
    folder = run.attempt_dir(attempt)
    if folder is None or not (folder / EVALUATION_FILE).exists():
        return []
    return [r.resolved for r in load_evaluation(folder).results]


def _posterior_best(scores: dict[str, list[bool]]) -> float | None:
    """The mean score of the agent HGM's final rule would name now."""
    nodes = [NodeStats(a, sum(r), len(r) - sum(r)) for a, r in scores.items()]
    best = final_choice(nodes, 0.05, 5)
    runs = scores[best]
    return sum(runs) / len(runs)


def settings(strategy: str, usd: float, selection: str = "staged") -> dict[str, str]:
    """A new run's settings on top of the base config (dgm run --set KEY=VALUE)."""
    return {**COMMON, **STRATEGIES[strategy], "budget.usd": str(usd),
            "evaluation.stages": SELECTIONS[selection]}


def same_stages(stored: Any, wanted: list[dict[str, Any]]) -> bool:
    """Whether a run's recorded stages are `wanted`: a run records each stage with its
    defaults filled in (`min_score = 0.0`), so both are read as the config reads stages."""
    try:
        return (coerce(list[StageConfig], stored, STAGES)
                == coerce(list[StageConfig], wanted, STAGES))
    except ConfigError:  # not a list of stages: an older or partly written dgm.toml
        return False


def run_one(out: Path, strategy: str, seed: int, usd: float, selection: str = "staged") -> Path:
    """Start or resume one run; its directory."""
    run_dir = out / strategy / f"seed{seed}"
    if (run_dir / "journal.jsonl").exists():
        view = RunView(run_dir)
        budget = view.raw_config.get("budget", {}).get("usd")
        if budget is None or not math.isclose(float(budget), usd):
            raise SystemExit(f"{run_dir} was run with a budget of ${budget}, not ${usd:g}: "
                             "give this budget its own --out")
        stages = view.raw_config.get("evaluation", {}).get("stages")
        if not same_stages(stages, tomllib.loads(f"s = {SELECTIONS[selection]}")["s"]):
            raise SystemExit(f"{run_dir} selected agents on other tasks than --selection "
                             f"{selection}: give this selection its own --out")
        state = view.state
        if state.stopped and state.stop_reason not in BY_HAND:
            return run_dir  # finished: by its budget or its end
        cmd = [sys.executable, "-m", "dgm", "run", "--resume", str(run_dir)]
    else:
        run_dir.parent.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "dgm", "run", "--config", str(BASE_CONFIG),
               "--run-dir", str(run_dir), "--name", run_dir.name, "--seed", str(seed)]
        for key, value in settings(strategy, usd, selection).items():
            cmd += ["--set", f"{key}={value}"]
    print(f"   {strategy} seed {seed}: {' '.join(cmd[3:5])} ...", flush=True)
    subprocess.run(cmd, cwd=ROOT, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return run_dir


def heldout_score(run_dir: Path, agent: str) -> float | None:
    """The held-out score of `agent`, from a `dgm eval` of the run's archive (no budget)."""
    out = run_dir / "heldout-eval"
    report = out / "eval.json"
    if not report.exists():
        cmd = [sys.executable, "-m", "dgm", "eval", f"{run_dir}:{agent}", "--benchmark",
               "toyworld", "--split", "heldout", "--config", str(BASE_CONFIG), "--out", str(out),
               "--json"]
        subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True)
    if not report.exists():
        return None
    return float(json.loads(report.read_text())["summary"]["score"])


def measure(strategy: str, seed: int, run_dir: Path, heldout: bool) -> RunResult:
    """The figures of one finished run."""
    view = RunView(run_dir)
    points = curve(view)
    from dgm.evolution.scoring import best_agent  # heavy: archive helpers

    final = best_agent(view.records, view.best_rule)
    result = RunResult(strategy, seed, str(run_dir), view.state.stop_reason, points,
                       final.id if final else None, agents=len(view.records),
                       evals=points[-1].evals if points else 0,
                       usd=points[-1].usd if points else 0.0, **imp_figures(view))
    if heldout and final is not None:
        result.heldout = heldout_score(run_dir, final.id)
    return result


def imp_figures(view: RunView) -> dict[str, Any]:
    """The run's imp@k as `dgm status` gives it: k, and the selection and held-out gains."""
    evolution = view.raw_config.get("evolution", {})
    facts = imp_facts(view.records, view.best_rule, imp_k_of(evolution), view.state.last_finished)
    return {key: facts[key] for key in ("imp_k", "imp_at_k", "imp_at_k_heldout")}


def summary_folder(results: Path, usd: float, selection: str) -> Path:
    """Where the summaries of runs at this budget and selection are recorded."""
    return results / f"usd{usd:g}-{selection}"


def save_summary(folder: Path, result: RunResult, usd: float, selection: str,
                 commit: str | None = None) -> Path:
    """Record one finished run's figures (small, committable JSON), with the project's
    commit the experiment ran at."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{result.strategy}-seed{result.seed}.json"
    data = {"simulated": True, "label": LABEL, "budget_usd": usd, "selection": selection,
            "commit": commit, **asdict(result)}
    data["curve"] = [[p.evals, p.usd, p.best] for p in result.curve]  # compact: x, x, y
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data) + "\n")
    tmp.replace(path)
    return path


def load_summary(path: Path) -> RunResult:
    """A recorded run's figures."""
    data = json.loads(path.read_text())
    names = {f for f in RunResult.__dataclass_fields__}
    result = RunResult(**{k: v for k, v in data.items() if k in names and k != "curve"})
    result.curve = [Point(int(e), float(u), b) for e, u, b in data["curve"]]
    return result


def recorded(folder: Path) -> dict[tuple[str, int], RunResult]:
    """Every run recorded in `folder`, by (strategy, seed), strategies in their usual order."""
    found = sorted((load_summary(p) for p in folder.glob("*-seed*.json")), key=_order)
    return {(r.strategy, r.seed): r for r in found}


def _order(result: RunResult) -> tuple[int, int]:
    """Strategies in their usual order, then seeds."""
    names = list(STRATEGIES)
    return (names.index(result.strategy) if result.strategy in names else len(names),
            result.seed)


def _commit() -> str | None:
    """The project's commit the run was made at (None outside a git checkout)."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or None


def interval(values: list[float]) -> tuple[float, float, float]:
    """Mean and 95% t-interval (the mean twice for a single value)."""
    mean = statistics.fmean(values)
    if len(values) < 2:
        return mean, mean, mean
    half = T95.get(len(values) - 1, 1.96) * statistics.stdev(values) / math.sqrt(len(values))
    return mean, mean - half, mean + half


def at(points: list[Point], x: float, axis: str) -> float | None:
    """The best score so far at `x` task evaluations (axis "evals") or dollars ("usd")."""
    value = None
    for p in points:
        if getattr(p, axis) > x:
            break
        value = p.best
    return value


def averaged(results: list[RunResult], axis: str, top: float) -> dict[str, list[list[float]]]:
    """Per strategy: [x, mean, low, high] at GRID points from 0 to `top`."""
    out: dict[str, list[list[float]]] = {}
    for strategy in dict.fromkeys(r.strategy for r in results):
        rows = []
        for i in range(1, GRID + 1):
            x = top * i / GRID
            values = [v for r in results if r.strategy == strategy
                      if (v := at(r.curve, x, axis)) is not None]
            if values:
                rows.append([x, *interval(values)])
        out[strategy] = rows
    return out


def table(results: list[RunResult]) -> str:
    """The markdown table: per strategy, figures over seeds."""
    lines = [f"# Strategies ({LABEL})", "",
             "| strategy | seeds | best so far (selection) | held-out of final agent | "
             "imp@k (selection) | imp@k (held-out) | task evaluations | simulated USD | agents |",
             "|---|---|---|---|---|---|---|---|---|"]
    for strategy in dict.fromkeys(r.strategy for r in results):
        rs = [r for r in results if r.strategy == strategy]
        best = [r.curve[-1].best for r in rs if r.curve and r.curve[-1].best is not None]
        held = [r.heldout for r in rs if r.heldout is not None]
        imp = [r.imp_at_k for r in rs if r.imp_at_k is not None]
        imp_held = [r.imp_at_k_heldout for r in rs if r.imp_at_k_heldout is not None]
        lines.append(f"| {strategy} | {len(rs)} | {_cell(best)} | {_cell(held)} | "
                     f"{_gain_cell(imp)} | {_gain_cell(imp_held)} | "
                     f"{statistics.fmean(r.evals for r in rs):.0f} | "
                     f"{statistics.fmean(r.usd for r in rs):.2f} | "
                     f"{statistics.fmean(r.agents for r in rs):.1f} |")
    return "\n".join(lines) + "\n"


def _cell(values: list[float]) -> str:
    if not values:
        return "-"
    mean, low, high = interval(values)
    return f"{mean:.3f} [{max(low, 0.0):.3f}, {min(high, 1.0):.3f}]"  # a score is in [0, 1]


def _gain_cell(values: list[float]) -> str:
    """A difference of scores: signed, its interval not clipped."""
    if not values:
        return "-"
    mean, low, high = interval(values)
    return f"{mean:+.3f} [{low:+.3f}, {high:+.3f}]"


def plot(curves: dict[str, list[list[float]]], xlabel: str, path: Path) -> None:
    """Mean best-so-far per strategy with its 95% band."""
    # heavy: matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 4.5), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    for strategy, rows in curves.items():
        if not rows:
            continue
        xs, mean, low, high = (list(c) for c in zip(*rows, strict=True))
        ax.plot(xs, mean, label=strategy, linewidth=2)
        ax.fill_between(xs, low, high, alpha=0.15)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("best score so far (selection split)")
    ax.set_ylim(-0.03, 1.03)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(LABEL, fontsize=9)
    fig.savefig(path)


def report(results: list[RunResult], out: Path, runs: bool = True) -> None:
    """results.json, table.md and the two plots (results.json without the runs' curves when
    `runs` is false: beside the summaries, which hold them)."""
    top_evals = max((r.evals for r in results), default=0)
    top_usd = max((r.usd for r in results), default=0.0)
    by_evals = averaged(results, "evals", top_evals)
    by_usd = averaged(results, "usd", top_usd)
    (out / "results.json").write_text(json.dumps(
        {"simulated": True, "label": LABEL,
         "runs": [asdict(r) if runs else {**asdict(r), "curve": None} for r in results],
         "best_vs_evals": by_evals, "best_vs_usd": by_usd}, indent=1))
    (out / "table.md").write_text(table(results))
    plot(by_evals, "task evaluations", out / "best_vs_evals.png")
    plot(by_usd, "simulated USD", out / "best_vs_cost.png")


def main(argv: list[str] | None = None) -> int:
    """Run (or resume) the experiment and write its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4],
                        help="run seeds (default 0 1 2 3 4)")
    parser.add_argument("--strategies", nargs="+", default=DEFAULT, choices=list(STRATEGIES),
                        help=f"default: {' '.join(DEFAULT)}; also, by name: "
                             f"{' '.join(s for s in STRATEGIES if s not in DEFAULT)}")
    parser.add_argument("--usd", type=float, default=20.0,
                        help="simulated dollars each run may spend (the equal budget)")
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "strategies",
                        help="folder of the runs, one per strategy and seed (default "
                             "runs/strategies; an interrupted experiment resumes there)")
    parser.add_argument("--quick", action="store_true",
                        help="seeds 0 and 1, $4 each: a check that everything works")
    parser.add_argument("--selection", choices=list(SELECTIONS), default="staged",
                        help="tasks agents are selected on: staged (10, then 10 more when "
                             "the first reach 0.4; default) or small (10)")
    parser.add_argument("--no-heldout", action="store_true",
                        help="skip scoring each run's final agent on the held-out split")
    parser.add_argument("--results", type=Path, default=None,
                        help="where finished runs' summaries are recorded and read back "
                             "(default OUT/summaries); a recorded run is not run again")
    parser.add_argument("--report", action="store_true",
                        help="run nothing: rebuild the figures from the recorded summaries")
    args = parser.parse_args(argv)
    if args.usd <= 0:
        parser.error("--usd must be above 0")
    seeds, usd = ([0, 1], 4.0) if args.quick else (args.seeds, args.usd)
    folder = summary_folder(args.results or args.out / "summaries", usd, args.selection)
    commit = _commit()  # the code this sitting's runs are made with (a resume may predate it)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"   {LABEL}", flush=True)
    done = recorded(folder) if folder.is_dir() else {}
    for seed in [] if args.report else seeds:
        for strategy in args.strategies:
            known = done.get((strategy, seed))
            if known is not None and (known.heldout is not None or args.no_heldout
                                      or not Path(known.run_dir, "journal.jsonl").exists()):
                print(f"   {strategy} seed {seed}: recorded in {folder}", flush=True)
                continue
            run_dir = (Path(known.run_dir) if known is not None
                       else run_one(args.out, strategy, seed, usd, args.selection))
            last = measure(strategy, seed, run_dir, not args.no_heldout)
            if last.stop_reason not in BY_HAND:
                save_summary(folder, last, usd, args.selection, commit)
            done[(strategy, seed)] = last
            print(f"   {strategy} seed {seed}: {last.evals} evaluations, ${last.usd:.2f}, "
                  f"{last.agents} agents, held-out {last.heldout}", flush=True)
    if not done:
        print(f"   nothing recorded in {folder} yet", file=sys.stderr)
        return 1
    results = sorted(done.values(), key=_order)
    report(results, args.out)
    if folder.is_dir():
        report(results, folder, runs=False)
    print((args.out / "table.md").read_text(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
