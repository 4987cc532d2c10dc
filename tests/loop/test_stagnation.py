"""The loop ends early, as a normal end, when generations in a row admit no new agent."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agents_archive import GitArchive
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.journal import Event, Journal
from dgm.run.state import fold
from dgm.rundir import RunDir
from dgm.runner import prepare_resume
from evals.harness import AgentRun, diff_against_base, make_base_repo
from ground.errors import RunError
from tests.loop.fakes import Crash, FakeHarness, FakeServices, fake_config, write_seed

STAGNANT_3 = "stagnant: 3 generations in a row produced no new agent"


@dataclass
class OneIdeaHarness(FakeHarness):
    """Every self-modification writes QUALITY = `idea`: from the seed (2) a new agent once,
    then duplicates of it, and from that agent an empty patch."""

    idea: int = 3

    def run_agent(self, agent_dir: Path, problem: str, repo: Path, context: Any,
                  timeout_s: float | None = None) -> AgentRun:
        self._tick(f"self_modify {context.attempt_id}")
        with tempfile.TemporaryDirectory() as tmp:
            base, after = Path(tmp, "base"), Path(tmp, "after")
            make_base_repo(repo, base)
            shutil.copytree(repo, after)
            (after / "coding_agent.py").write_text(f"QUALITY = {self.idea}\n")
            patch = diff_against_base(base, after)
        return AgentRun(0, False, False, 0.01, patch, "", "log")


class ImprovingServices(FakeServices):
    """A diagnoser that always asks for a small improvement: every child is new."""

    def completer(self, context: Any) -> Any:
        def complete(request: dict[str, Any]) -> dict[str, Any]:
            text = ('{"diagnosis": "d", "improvement": "small change", '
                    '"problem_statement": "make a small change"}')
            return {"content": [{"type": "text", "text": text}]}
        return complete


def start(tmp: Path, config: Any, harness: FakeHarness, resumed: bool = False,
          services: type[FakeServices] = FakeServices) -> str:
    run = RunDir(tmp / "run")
    run.root.mkdir(parents=True, exist_ok=True)
    run.config.write_text(config.to_toml())
    archive = (GitArchive.open(run.archive) if run.archive.exists()
               else GitArchive.create(run.archive, write_seed(tmp / "seed")))
    executor = AttemptPool(2, services(config, harness))
    try:
        return Evolution(run, services(config, harness), executor, archive).start(resumed)
    finally:
        executor.shutdown()


def events(tmp: Path) -> list[Any]:
    return list(Journal(tmp / "run" / "journal.jsonl").events())


def outcomes_by_generation(tmp: Path) -> dict[int, set[str]]:
    """The kinds of admission event of each generation's attempts (g001a00 -> 1)."""
    out: dict[int, set[str]] = {}
    for e in events(tmp):
        if e.kind in ("child_admitted", "child_duplicate", "child_discarded"):
            out.setdefault(int(e.data["attempt"][1:4]), set()).add(e.kind)
    return out


@pytest.mark.parametrize(("idea", "outcome"), [(1, "child_duplicate"), (3, "child_discarded")])
def test_a_run_that_finds_nothing_new_stops_after_the_streak_and_still_finishes(
        tmp_path: Path, idea: int, outcome: str) -> None:
    """The best agent is every parent: the seed when the idea is worse (its children are
    duplicates), the idea's agent when it is better (its children are empty patches)."""
    config = fake_config(10, stagnation_generations=3, selection="best",
                         attempts_per_generation=1)
    assert start(tmp_path, config, OneIdeaHarness(idea=idea)) == STAGNANT_3
    state = fold(events(tmp_path))
    # generation 1 admitted the one new agent; 2-4 only duplicates or empty patches
    assert state.finished == (1, 2, 3, 4) and state.productive == {1}
    outcomes = outcomes_by_generation(tmp_path)
    assert "child_admitted" in outcomes[1]
    assert all(outcomes[g] == {outcome} for g in (2, 3, 4))
    # a normal end: the top agents are re-evaluated and scored on the held-out split
    kinds = [e.kind for e in events(tmp_path)]
    assert "agent_reevaluated" in kinds and "heldout_evaluated" in kinds
    assert state.stop_reason == STAGNANT_3 and state.summary_state(None).endswith(
        f"({STAGNANT_3})")


def test_a_run_that_keeps_finding_new_agents_runs_every_generation(tmp_path: Path) -> None:
    config = fake_config(4, stagnation_generations=1)
    assert start(tmp_path, config, FakeHarness(), services=ImprovingServices) == "generations"
    assert fold(events(tmp_path)).productive == {1, 2, 3, 4}


def test_zero_never_stops_for_stagnation(tmp_path: Path) -> None:
    config = fake_config(6, stagnation_generations=0)
    assert start(tmp_path, config, OneIdeaHarness()) == "generations"
    state = fold(events(tmp_path))
    assert state.finished == (1, 2, 3, 4, 5, 6) and state.stagnant_generations == 5


@pytest.mark.parametrize("crash_after", [8, 11, 14])
def test_the_streak_survives_a_crash_and_resume(tmp_path: Path, crash_after: int) -> None:
    """Killed in generation 2 or 3, the resumed run counts the streak from the journal."""
    config = fake_config(10, stagnation_generations=3)
    start(tmp_path / "clean", config, OneIdeaHarness())
    with pytest.raises(Crash):
        start(tmp_path / "crashy", config, OneIdeaHarness(crash_after=crash_after))
    before = fold(events(tmp_path / "crashy"))
    assert before.finished and before.productive == {1}
    assert start(tmp_path / "crashy", config, OneIdeaHarness(), resumed=True) == STAGNANT_3
    assert fold(events(tmp_path / "crashy")).finished == (1, 2, 3, 4)


def test_a_resumed_stagnant_run_stops_again_at_once(tmp_path: Path) -> None:
    config = fake_config(10, stagnation_generations=3)
    start(tmp_path, config, OneIdeaHarness())
    again = OneIdeaHarness()
    assert start(tmp_path, config, again, resumed=True) == STAGNANT_3
    assert not any(call.startswith("self_modify") for call in again.calls)
    # with a longer allowance the same run goes on, and stops when the longer streak is met
    longer = fake_config(10, stagnation_generations=5)
    assert start(tmp_path, longer, OneIdeaHarness(), resumed=True) == (
        "stagnant: 5 generations in a row produced no new agent")
    assert fold(events(tmp_path)).finished == (1, 2, 3, 4, 5, 6)


def test_an_admission_journaled_before_a_crash_keeps_its_generation_productive() -> None:
    """Re-admitted on resume the child is a duplicate; its first admission still counts."""
    journal = [Event("generation_started", 0.0, {"generation": 1, "parents": ["a"]}),
               Event("child_admitted", 0.0, {"attempt": "g001a00", "agent": "b"}),
               Event("run_resumed", 0.0, {}),
               Event("child_duplicate", 0.0, {"attempt": "g001a00", "agent": "b"}),
               Event("generation_finished", 0.0, {"generation": 1}),
               Event("generation_started", 0.0, {"generation": 2, "parents": ["b"]}),
               Event("child_discarded", 0.0, {"attempt": "g002a00"}),
               Event("generation_finished", 0.0, {"generation": 2})]
    state = fold(journal)
    assert state.productive == {1} and state.stagnant_generations == 1
    assert state.with_finished(3).stagnant_generations == 2
    assert state.with_finished(3, new_agents=True).stagnant_generations == 0


def test_a_resume_may_change_the_allowance(tmp_path: Path) -> None:
    start(tmp_path, fake_config(10, stagnation_generations=3), OneIdeaHarness())
    _, config = prepare_resume(str(tmp_path / "run"), ["evolution.stagnation_generations=5"])
    assert config.evolution.stagnation_generations == 5
    with pytest.raises(RunError, match="cannot change when resuming"):
        prepare_resume(str(tmp_path / "run"), ["evolution.selection=\"best\""])
