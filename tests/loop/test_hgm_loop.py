"""The HGM mode of the loop, driven through the loop's fakes (no Docker, no model)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from agents_archive import GitArchive
from dgm.config import RunConfig
from dgm.evolution.hgm import HgmConfig
from dgm.evolution.hgm_loop import HgmEvolution
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.evolution.scoring import best_agent
from dgm.journal import Journal
from dgm.run.hgm_state import hgm_progress
from dgm.run.simulation import simulated
from dgm.run.state import fold
from dgm.rundir import RunDir
from dgm.runner import LOOPS, prepare_new, prepare_resume
from dgm.views.lineage import Lineage
from dgm.views.progress import progress
from dgm.views.rundata import RunView
from dgm.views.status import _hgm_text, run_status
from dgm.views.summary import run_summary
from evals.harness import TaskResult
from ground.errors import ConfigError
from tests.loop.fakes import Crash, FakeHarness, FakeServices, fake_config, write_seed
from tests.loop.test_stagnation import OneIdeaHarness

MAX_EVALS = "max_task_evals: 12 task evaluations"


class TaskHarness(FakeHarness):
    """The fake harness with HGM's one-task evaluation."""

    def run_task(self, agent_dir: Path, task: Any, key: str, repeat: int = 0) -> TaskResult:
        self._tick(f"task {key} {task.id}")
        return replace(self._result(agent_dir, task.id), repeat=repeat)


@dataclass
class OneIdeaTaskHarness(OneIdeaHarness):
    """Every self-modification writes the same QUALITY; evaluations run one task."""

    def run_task(self, agent_dir: Path, task: Any, key: str, repeat: int = 0) -> TaskResult:
        return TaskHarness.run_task(self, agent_dir, task, key, repeat)  # type: ignore[arg-type]


def hgm_config(max_task_evals: int = 12, **evolution: Any) -> RunConfig:
    evolution.setdefault("stagnation_generations", 0)
    config = fake_config(0, mode="hgm", **evolution)
    config.evolution.hgm = HgmConfig(max_task_evals=max_task_evals)
    config.executor.workers = 1
    return config


def start(tmp: Path, config: RunConfig, harness: FakeHarness, resumed: bool = False,
          services: Any = FakeServices, stop_after: int | None = None) -> str:
    """Run (or resume) an HGM run in tmp/run; `stop_after` asks for a stop after that
    many harness calls, as a first Ctrl-C would."""
    run = RunDir(tmp / "run")
    run.root.mkdir(parents=True, exist_ok=True)
    run.config.write_text(config.to_toml())
    archive = (GitArchive.open(run.archive) if run.archive.exists()
               else GitArchive.create(run.archive, write_seed(tmp / "seed")))
    svc = services(config, harness)
    executor = AttemptPool(config.executor.workers, svc)
    evolution = HgmEvolution(run, svc, executor, archive)
    if stop_after is not None:
        tick = harness._tick

        def stopping_tick(what: str) -> None:
            tick(what)
            if harness.runs == stop_after:
                evolution.stopping = "interrupted"
        harness._tick = stopping_tick  # type: ignore[method-assign]
    try:
        return evolution.start(resumed)
    finally:
        executor.shutdown()


def events(tmp: Path) -> list[Any]:
    return list(Journal(tmp / "run" / "journal.jsonl").events())


def archive_of(tmp: Path) -> list[tuple[str, str | None, float | None, Any]]:
    records = GitArchive.open(tmp / "run" / "archive.git").agents()
    return sorted((r.id, r.parent, r.score, r.runs) for r in records)


def test_decisions_are_journaled_before_their_results(tmp_path: Path) -> None:
    assert start(tmp_path, hgm_config(), TaskHarness()) == MAX_EVALS
    journal = events(tmp_path)
    kinds = [e.kind for e in journal]
    assert kinds.index("seed_evaluated") < kinds.index("hgm_decision")
    decided: dict[str, int] = {}
    for at, e in enumerate(journal):
        if e.kind == "hgm_decision":
            decided[e.data["attempt"]] = at
        elif e.kind in ("task_evaluated", "child_admitted", "child_duplicate",
                        "child_discarded", "attempt_started") and e.data["attempt"] != "g000-seed":
            assert decided[e.data["attempt"]] < at
    first = next(e for e in journal if e.kind == "hgm_decision")
    assert first.data["action"] == "expand" and first.data["index"] == 0
    assert kinds.count("task_evaluated") == 12
    # the end: the usual final evaluation, then the final agent, then the stop
    assert kinds[-2:] == ["hgm_final", "run_stopped"]
    assert kinds.index("heldout_evaluated") > max(
        at for at, kind in enumerate(kinds) if kind == "task_evaluated")
    assert journal[-1].data["reason"] == MAX_EVALS


def test_two_workers_keep_two_actions_in_flight_and_end_like_one(tmp_path: Path) -> None:
    config = hgm_config(20)
    config.executor.workers = 2
    assert start(tmp_path, config, TaskHarness()) == "max_task_evals: 20 task evaluations"
    journal = events(tmp_path)
    kinds = [e.kind for e in journal]
    assert kinds.count("task_evaluated") == 20 and "attempt_error" not in kinds
    in_flight, most = set(), 0
    for e in journal:  # decided but not finished: at most the workers, and both used
        if e.kind == "hgm_decision":
            in_flight.add(e.data["attempt"])
        elif e.kind in ("task_evaluated", "attempt_finished"):
            in_flight.discard(e.data["attempt"])
        most = max(most, len(in_flight))
    assert most == 2
    pairs = [(e.data["agent"], e.data["task"]) for e in journal if e.kind == "task_evaluated"]
    assert len(set(pairs)) == 20  # no task evaluated twice for one agent, though two ran at once
    assert kinds[-2:] == ["hgm_final", "run_stopped"]


def test_widening_interleaves_expansions_and_evaluations(tmp_path: Path) -> None:
    config = hgm_config(30)
    start(tmp_path, config, TaskHarness())
    decisions = [e.data for e in events(tmp_path) if e.kind == "hgm_decision"]
    actions = "".join(d["action"][1] for d in decisions)  # x: expand, v: evaluate
    assert actions.count("v") == 30 and actions.count("x") >= 3
    assert "xv" in actions and "vx" in actions
    widened = []
    for d in decisions[1:]:  # after the one initial expansion, the widening rule decides
        widen = math.pow(d["n_evals"], 0.6) >= d["nodes"] - 1
        if d["action"] == "evaluate":  # (it expands anyway when no agent has a task left)
            assert not widen
        widened.append(widen and d["action"] == "expand")
    assert sum(widened) >= 3
    # each evaluation is one task the agent had not run, and the records hold every run
    pairs = [(d["agent"], d["task"]) for d in decisions if d["action"] == "evaluate"]
    assert len(set(pairs)) == len(pairs)
    records = GitArchive.open(tmp_path / "run" / "archive.git").agents()
    seed_runs = 5
    again = sum(e.data["runs"] // 2 for e in events(tmp_path) if e.kind == "agent_reevaluated")
    assert sum(sum(map(len, r.runs.values())) for r in records) == 30 + seed_runs + again


def test_the_final_agent_is_the_best_agent_everywhere(tmp_path: Path) -> None:
    config = hgm_config(30)
    start(tmp_path, config, TaskHarness())
    final = next(e for e in events(tmp_path) if e.kind == "hgm_final").data
    records = GitArchive.open(tmp_path / "run" / "archive.git").agents()
    assert final["agent"] == best_agent(records, config.evolution.best_rule()).id
    assert final["simulated"] is simulated(config.gateway) and 0 < final["value"] < 1
    status = run_status(str(tmp_path / "run"))
    assert status["best"]["agent"] == final["agent"]
    assert status["hgm"]["n_evals"] == 30 and status["hgm"]["max_task_evals"] == 30
    assert status["hgm"]["final"] == final["agent"]
    view = RunView(str(tmp_path / "run"))
    assert view.record("best").id == final["agent"]
    assert Lineage(view.records, view.best_rule).best.id == final["agent"]  # type: ignore[union-attr]
    assert run_summary(view)["best_agent"] == final["agent"]
    assert progress(view).best[-1] == view.record(final["agent"]).score  # the plot's best too
    line = _hgm_text(status["hgm"], simulated=True)
    assert line.startswith(f"{status['hgm']['expansions']} expansions, 30 of 30 task evaluations")
    assert f"final agent {final['agent']}" in line and line.endswith("(simulated)")


def test_the_final_re_evaluation_repeats_every_task_each_top_agent_ran(tmp_path: Path) -> None:
    """HGM agents are scored one task at a time, with no evaluation file of their own: the
    final re-evaluation still runs again each task a top agent ran, and counts both runs."""
    config = hgm_config(30)
    start(tmp_path, config, TaskHarness())
    again = {e.data["agent"]: e.data["runs"] for e in events(tmp_path)
             if e.kind == "agent_reevaluated"}
    records = {r.id: r for r in GitArchive.open(tmp_path / "run" / "archive.git").agents()}
    assert len(again) == min(config.evaluation.top_k, len(records))
    assert any(records[agent].parent is not None for agent in again)  # not the seed alone
    for agent, runs in again.items():
        assert records[agent].runs and all(len(o) == 2 for o in records[agent].runs.values())
        assert runs == 2 * len(records[agent].runs)


class WatchedServices(FakeServices):
    """Services whose live display is kept, to read after the run."""

    seen: list[Any] = []

    def __init__(self, config: RunConfig, harness: FakeHarness) -> None:
        super().__init__(config, harness)
        WatchedServices.seen.append(self.monitor)


def test_the_live_display_forecasts_the_end_from_the_evaluations_left(tmp_path: Path) -> None:
    WatchedServices.seen = []
    etas = []

    class Timed(TaskHarness):
        def run_task(self, agent_dir: Path, task: Any, key: str, repeat: int = 0) -> TaskResult:
            etas.append(WatchedServices.seen[-1].snapshot().run_eta_s)
            return super().run_task(agent_dir, task, key, repeat)

    start(tmp_path, hgm_config(30), Timed(), services=WatchedServices)
    known = [eta for eta in etas if eta is not None]
    assert etas[0] is None and len(known) >= len(etas) - 3  # from the second action on
    assert all(eta >= 0 for eta in known)


class BudgetedServices(FakeServices):
    """The run's usd budget is spent once the harness has done `limit` calls."""

    limit = 9

    def budget_reason(self) -> str | None:
        spent = self.harness.runs >= self.limit
        return "run budget of $1.00 is spent" if spent else None


def test_a_usd_budget_stops_the_run_and_a_resume_ends_like_an_uninterrupted_run(
        tmp_path: Path) -> None:
    config = hgm_config()
    start(tmp_path / "clean", config, TaskHarness())
    reason = start(tmp_path / "spent", config, TaskHarness(), services=BudgetedServices)
    assert reason == "run budget of $1.00 is spent"
    kinds = [e.kind for e in events(tmp_path / "spent")]
    assert kinds[-1] == "run_stopped" and "hgm_final" not in kinds
    assert start(tmp_path / "spent", config, TaskHarness(), resumed=True) == MAX_EVALS
    assert archive_of(tmp_path / "spent") == archive_of(tmp_path / "clean")


@pytest.mark.parametrize("stop_after", [4, 10])
def test_a_stop_then_resume_gives_the_same_archive(tmp_path: Path, stop_after: int) -> None:
    config = hgm_config()
    start(tmp_path / "clean", config, TaskHarness())
    reason = start(tmp_path / "stopped", config, TaskHarness(), stop_after=stop_after)
    assert reason == "interrupted"
    assert start(tmp_path / "stopped", config, TaskHarness(), resumed=True) == MAX_EVALS
    assert archive_of(tmp_path / "stopped") == archive_of(tmp_path / "clean")
    clean = [e.data for e in events(tmp_path / "clean") if e.kind == "hgm_decision"]
    again = [e.data for e in events(tmp_path / "stopped") if e.kind == "hgm_decision"]
    assert [(d["action"], d["agent"], d["task"]) for d in again] == [
        (d["action"], d["agent"], d["task"]) for d in clean]


@pytest.mark.parametrize("crash_after", [5, 13])
def test_a_crash_mid_action_then_resume_gives_the_same_archive(
        tmp_path: Path, crash_after: int) -> None:
    config = hgm_config()
    start(tmp_path / "clean", config, TaskHarness())
    with pytest.raises(Crash):
        start(tmp_path / "crashy", config, TaskHarness(crash_after=crash_after))
    assert start(tmp_path / "crashy", config, TaskHarness(), resumed=True) == MAX_EVALS
    assert archive_of(tmp_path / "crashy") == archive_of(tmp_path / "clean")
    progress = hgm_progress(events(tmp_path / "crashy"))
    assert progress.n_evals == 12 and not progress.pending


def test_max_task_evals_may_grow_on_resume(tmp_path: Path) -> None:
    start(tmp_path, hgm_config(), TaskHarness())
    _, config = prepare_resume(str(tmp_path / "run"), ["evolution.hgm.max_task_evals=20"])
    assert config.evolution.hgm.max_task_evals == 20
    config.executor.workers = 1
    assert start(tmp_path, config, TaskHarness(), resumed=True) == (
        "max_task_evals: 20 task evaluations")
    assert hgm_progress(events(tmp_path)).n_evals == 20


def test_expansions_that_find_nothing_new_stop_the_run(tmp_path: Path) -> None:
    """Every self-modification writes QUALITY = 3: one new agent, then duplicates of it or
    empty patches."""
    config = hgm_config(200, stagnation_generations=3)
    reason = start(tmp_path, config, OneIdeaTaskHarness())
    assert reason == "stagnant: 3 expansions in a row produced no new agent"
    state = fold(events(tmp_path))
    assert state.productive == {1} and state.stagnant_generations == 3
    assert "hgm_final" in [e.kind for e in events(tmp_path)]  # a normal end


def test_keep_better_is_refused_in_hgm_mode(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        prepare_new(None, str(tmp_path / "run"),
                    ["evolution.mode=hgm", "evolution.admission=keep_better"])
    assert "keep_all" in err.value.fix
    assert not (tmp_path / "run").exists()


def test_the_generational_loop_stays_the_default() -> None:
    assert LOOPS[RunConfig().evolution.mode] is Evolution
    assert LOOPS["hgm"] is HgmEvolution
