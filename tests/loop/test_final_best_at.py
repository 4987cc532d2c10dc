"""The final phase scores imp@k's best agent on the held-out split once k is reached, so that
imp@k's held-out figure exists even when that agent is not among the top-k (fakes at the seams)."""

from __future__ import annotations

from pathlib import Path

from agents_archive import GitArchive
from dgm.evolution.scoring import improvement_at, iteration_of, ranked
from dgm.journal import Journal
from tests.loop.fakes import FakeHarness, fake_config, start_run


def finished_run(tmp_path: Path, imp_k: int, top_k: int = 1) -> list:
    config = fake_config(3, imp_k=imp_k)
    config.evaluation.top_k = top_k
    assert start_run(tmp_path, config, FakeHarness()) == "generations"
    return GitArchive.open(tmp_path / "run" / "archive.git").agents()


def heldout_events(tmp_path: Path) -> list[str]:
    return [str(e.data["agent"]) for e in Journal(tmp_path / "run" / "journal.jsonl").events()
            if e.kind == "heldout_evaluated"]


def test_the_best_agent_up_to_k_is_scored_on_the_heldout_split(tmp_path: Path) -> None:
    records = finished_run(tmp_path, imp_k=1)
    imp = improvement_at(records, 1)
    assert imp is not None
    best_at = next(r for r in records if r.id == imp.best)
    top = ranked(records)[0]
    root = next(r for r in records if r.parent is None)
    assert iteration_of(best_at) == 1 and best_at.id not in (top.id, root.id)  # the case
    assert heldout_events(tmp_path) == [top.id, root.id, best_at.id]
    assert best_at.heldout_runs and best_at.heldout_score is not None
    after = improvement_at(records, 1)
    assert after is not None and after.heldout_gain is not None  # imp@k held-out exists now
    # a resume of the finished run scores nothing again
    assert start_run(tmp_path, fake_config(3, imp_k=1), FakeHarness(), resumed=True) \
        == "generations"
    assert len(heldout_events(tmp_path)) == 3


def test_before_k_or_without_a_final_phase_only_the_usual_agents_are_scored(
        tmp_path: Path) -> None:
    records = finished_run(tmp_path / "early", imp_k=5)  # 3 generations: k not reached
    top = ranked(records)[0]
    root = next(r for r in records if r.parent is None)
    assert heldout_events(tmp_path / "early") == [top.id, root.id]
    off = finished_run(tmp_path / "off", imp_k=1, top_k=0)  # no held-out scoring at all
    assert heldout_events(tmp_path / "off") == [] and not any(r.heldout_runs for r in off)
