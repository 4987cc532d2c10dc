"""The loop with fakes at its seams: lineage, admission, baselines, crash and resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents_archive import GitArchive
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.journal import Journal
from dgm.rundir import RunDir
from ground.errors import ProviderUnavailable, RunInterrupted
from tests.loop.fakes import (
    Crash,
    FakeHarness,
    FakeServices,
    fake_config,
    quality,
    start_run,
    write_seed,
)


def lineage(tmp: Path) -> list[tuple[str, str | None, float | None, str]]:
    records = GitArchive.open(tmp / "run" / "archive.git").agents()
    return sorted((r.id, r.parent, r.score, r.status) for r in records)


def test_a_run_grows_the_archive_and_improves(tmp_path: Path) -> None:
    reason = start_run(tmp_path, fake_config(3), FakeHarness())
    assert reason == "generations"
    archive = GitArchive.open(tmp_path / "run" / "archive.git")
    records = archive.agents()
    seed = next(r for r in records if r.parent is None)
    best = max(records, key=lambda r: r.score)
    assert seed.score == pytest.approx(0.4)
    assert best.score > seed.score
    assert best.summary and best.problem_statement
    # broken and unchanged children never enter the archive, but the journal has them
    kinds = [e.kind for e in Journal(tmp_path / "run" / "journal.jsonl").events()]
    assert "child_discarded" in kinds and "child_admitted" in kinds
    assert all(quality_of(archive, r.id) >= 2 for r in records)


def quality_of(archive: GitArchive, agent: str) -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return quality(archive.materialize(agent, Path(tmp) / "a"))


def test_same_seed_same_archive(tmp_path: Path) -> None:
    start_run(tmp_path / "a", fake_config(3), FakeHarness())
    start_run(tmp_path / "b", fake_config(3), FakeHarness())
    assert lineage(tmp_path / "a") == lineage(tmp_path / "b")


@pytest.mark.parametrize("crash_after", [1, 3, 6, 9, 12])
def test_crash_then_resume_ends_with_the_same_archive(tmp_path: Path, crash_after: int) -> None:
    start_run(tmp_path / "clean", fake_config(3), FakeHarness())
    with pytest.raises(Crash):
        start_run(tmp_path / "crashy", fake_config(3), FakeHarness(crash_after=crash_after))
    resumed = FakeHarness()
    assert start_run(tmp_path / "crashy", fake_config(3), resumed, resumed=True) == "generations"
    assert lineage(tmp_path / "crashy") == lineage(tmp_path / "clean")
    # every step finished before the crash was saved and is not run again
    whole = FakeHarness()
    start_run(tmp_path / "again", fake_config(3), whole)
    assert resumed.runs <= whole.runs - (crash_after - 1)


def test_graceful_stop_resumes_where_it_left(tmp_path: Path) -> None:
    config = fake_config(2)
    start_run(tmp_path / "clean", config, FakeHarness())
    run = tmp_path / "stopped"
    harness = FakeHarness()
    start_run(run, fake_config(1), harness)  # a budget of one generation, then more
    assert start_run(run, config, FakeHarness(), resumed=True) == "generations"
    assert lineage(run) == lineage(tmp_path / "clean")


def test_no_darwin_always_extends_the_latest(tmp_path: Path) -> None:
    start_run(tmp_path, fake_config(3, baseline="no_darwin"), FakeHarness())
    events = list(Journal(tmp_path / "run" / "journal.jsonl").events())
    parents = [e.data["parents"] for e in events if e.kind == "generation_started"]
    assert all(len(set(p)) == 1 for p in parents)


def test_keep_better_rejects_worse_children_as_parents(tmp_path: Path) -> None:
    start_run(tmp_path, fake_config(3, admission="keep_better", noise_margin=0.0), FakeHarness())
    records = GitArchive.open(tmp_path / "run" / "archive.git").agents()
    by_id = {r.id: r for r in records}
    children = [r for r in records if r.parent is not None]
    assert children
    for r in children:  # a child must beat its own parent, on the tasks both ran
        parent = by_id[r.parent]
        common = set(r.runs) & set(parent.runs)
        mine = sum(r.runs[t][0] for t in common)
        theirs = sum(parent.runs[t][0] for t in common)
        assert (r.status == "ok") == (mine > theirs), (r.id, mine, theirs)


def test_an_infrastructure_error_is_retried_once(tmp_path: Path) -> None:
    start_run(tmp_path / "clean", fake_config(2), FakeHarness())
    assert start_run(tmp_path / "hiccup", fake_config(2), FakeHarness(fail_runs={4})) \
        == "generations"
    assert lineage(tmp_path / "hiccup") == lineage(tmp_path / "clean")
    kinds = [e.kind for e in Journal(tmp_path / "hiccup" / "run" / "journal.jsonl").events()]
    assert kinds.count("attempt_error") == 1


def test_a_persistent_error_stops_the_run_resumably(tmp_path: Path) -> None:
    start_run(tmp_path / "clean", fake_config(2), FakeHarness())
    failing = FakeHarness(fail_runs=set(range(4, 99)))
    reason = start_run(tmp_path / "broken", fake_config(2), failing)
    assert reason.startswith("error in attempt")
    assert start_run(tmp_path / "broken", fake_config(2), FakeHarness(), resumed=True) \
        == "generations"
    assert lineage(tmp_path / "broken") == lineage(tmp_path / "clean")


class BudgetedServices(FakeServices):
    """The run budget is spent once the harness has done `limit` agent runs."""

    def __init__(self, config, harness: FakeHarness, limit: int) -> None:  # noqa: ANN001
        super().__init__(config, harness)
        self.limit = limit

    def budget_reason(self) -> str | None:
        return "run budget of 1000 tokens is spent" if self.harness.runs >= self.limit else None


@pytest.mark.parametrize("limit", [1, 4, 8])
def test_a_spent_budget_stops_cleanly_and_resumes(tmp_path: Path, limit: int) -> None:
    start_run(tmp_path / "clean", fake_config(3), FakeHarness())
    run = RunDir(tmp_path / "spent" / "run")
    run.root.mkdir(parents=True)
    config = fake_config(3)
    archive = GitArchive.create(run.archive, write_seed(tmp_path / "spent" / "seed"))
    services = BudgetedServices(config, FakeHarness(), limit)
    executor = AttemptPool(2, services)
    reason = Evolution(run, services, executor, archive).start(False)
    executor.shutdown()
    assert "budget" in reason
    events = list(Journal(run.journal).events())
    assert events[-1].kind == "run_stopped" and "budget" in events[-1].data["reason"]
    # work cut short by the budget was not kept: resuming with more budget ends as if never cut
    assert start_run(tmp_path / "spent", config, FakeHarness(), resumed=True) == "generations"
    assert lineage(tmp_path / "spent") == lineage(tmp_path / "clean")


def test_wall_time_budget_counts_across_sessions(tmp_path: Path) -> None:
    config = fake_config(3)
    config.budget.wall_hours = 1e-9
    assert start_run(tmp_path, config, FakeHarness()) == "wall_time"
    events = list(Journal(tmp_path / "run" / "journal.jsonl").events())
    assert [e.kind for e in events][-1] == "run_stopped"
    assert start_run(tmp_path, config, FakeHarness(), resumed=True) == "wall_time"


def test_records_keep_every_repeat_with_an_interval(tmp_path: Path) -> None:
    config = fake_config(1)
    config.evaluation.repeats = 2
    config.evaluation.top_k = 0
    start_run(tmp_path, config, FakeHarness())
    seed = GitArchive.open(tmp_path / "run" / "archive.git").meta("root")
    assert all(len(outcomes) == 2 for outcomes in seed.runs.values())
    assert seed.complete is True
    low, high = seed.score_interval
    assert low < seed.score < high


def test_the_top_agents_are_reevaluated_and_scored_on_the_heldout_split(tmp_path: Path) -> None:
    config = fake_config(2)
    config.evaluation.top_k = 2
    config.evaluation.final_repeats = 2
    harness = FakeHarness()
    assert start_run(tmp_path, config, harness) == "generations"
    archive = GitArchive.open(tmp_path / "run" / "archive.git")
    records = archive.agents()
    top = [r for r in records if r.heldout_runs]
    seed = next(r for r in records if r.parent is None)
    assert seed in top and 2 <= len(top) <= 3  # the top 2, and the seed as the baseline
    for r in top:
        assert set(r.heldout_runs) == {"h0", "h1", "h2", "h3"}
        assert r.heldout_score is not None and r.heldout_interval
        assert all(len(o) == 3 for o in r.runs.values())  # 1 + final_repeats runs per task
        assert not set(r.heldout_runs) & set(r.runs) and not set(r.heldout_runs) & set(r.results)
    assert "repeats 1-2" in harness.calls  # re-evaluation draws new repeats, not repeat 0 again
    kinds = [e.kind for e in Journal(tmp_path / "run" / "journal.jsonl").events()]
    assert kinds.count("heldout_evaluated") == len(top) and "agent_reevaluated" in kinds
    # resuming a finished run neither re-runs nor re-counts the final evaluations
    again = FakeHarness()
    assert start_run(tmp_path, config, again, resumed=True) == "generations"
    assert again.runs == 0
    assert [(r.id, r.runs) for r in archive.agents()] == [(r.id, r.runs) for r in records]


def test_heldout_results_never_reach_diagnosis_or_selection(tmp_path: Path) -> None:
    config = fake_config(3)
    config.evaluation.heldout_every = 1
    config.evaluation.top_k = 1
    start_run(tmp_path, config, FakeHarness())
    run = tmp_path / "run"
    scored = [r for r in GitArchive.open(run / "archive.git").agents() if r.heldout_runs]
    assert scored  # held-out scores exist during the run ...
    for saved in (run / "attempts").glob("*/evaluate.json"):  # ... but not in what the loop reads
        assert '"h0"' not in saved.read_text()
    for saved in (run / "attempts").glob("*/*.json"):
        assert "heldout" not in saved.read_text()


def test_a_spent_budget_stops_before_any_model_work_even_the_seeds(tmp_path: Path) -> None:
    config = fake_config(3)
    run = RunDir(tmp_path / "run")
    run.root.mkdir(parents=True)
    archive = GitArchive.create(run.archive, write_seed(tmp_path / "seed"))
    harness = FakeHarness()
    services = BudgetedServices(config, harness, limit=0)  # spent before the run starts
    executor = AttemptPool(2, services)
    reason = Evolution(run, services, executor, archive).start(True)
    executor.shutdown()
    assert reason == "run budget of 1000 tokens is spent"
    assert harness.runs == 0  # the seed's evaluation did not start
    kinds = [e.kind for e in Journal(run.journal).events()]
    assert kinds == ["run_resumed", "run_stopped"]


class OutageServices(FakeServices):
    """The gateway reports a provider outage once the harness has done `after` agent runs."""

    def __init__(self, config, harness: FakeHarness, after: int) -> None:  # noqa: ANN001
        super().__init__(config, harness)
        self.after = after

    def interruption(self) -> RunInterrupted | None:
        if self.harness.runs < self.after:
            return None
        return ProviderUnavailable("the provider kept failing for 300 s", "resume later")


@pytest.mark.parametrize("after", [1, 5])
def test_a_provider_outage_interrupts_the_attempts_and_resume_redoes_them(
        tmp_path: Path, after: int) -> None:
    start_run(tmp_path / "clean", fake_config(3), FakeHarness())
    run = RunDir(tmp_path / "out" / "run")
    run.root.mkdir(parents=True)
    config = fake_config(3)
    archive = GitArchive.create(run.archive, write_seed(tmp_path / "out" / "seed"))
    services = OutageServices(config, FakeHarness(), after)
    executor = AttemptPool(2, services)
    with pytest.raises(ProviderUnavailable):
        Evolution(run, services, executor, archive).start(False)
    executor.shutdown()
    events = list(Journal(run.journal).events())
    interrupted = [e.data["attempt"] for e in events if e.kind == "attempt_interrupted"]
    assert interrupted and all(e.data["cause"] == "provider unavailable"
                               for e in events if e.kind == "attempt_interrupted")
    assert events[-1].kind == "run_stopped" and "provider" in events[-1].data["reason"]
    # none of the interrupted attempts was scored: the outage is not the agents' failure
    finished = {e.data["attempt"] for e in events if e.kind == "attempt_finished"}
    assert not finished & set(interrupted)
    assert start_run(tmp_path / "out", config, FakeHarness(), resumed=True) == "generations"
    assert lineage(tmp_path / "out") == lineage(tmp_path / "clean")
