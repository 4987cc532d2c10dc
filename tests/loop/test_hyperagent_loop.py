"""Mode hyperagent with fakes at its seams: each parent's meta agent makes its child from
the archive's export; what a child changed is recorded by part, task duplicates reuse their
twin's evaluation, and the baselines swap what they should."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agents_archive import GitArchive
from agents_archive.parts import task_digest
from dgm.evolution.hyper_loop import HyperagentEvolution, changed_files, meta_code_changed
from dgm.journal import Journal
from tests.loop.fakes import (
    HELDOUT,
    NOTES,
    Crash,
    FakeHarness,
    fake_config,
    write_seed,
)
from tests.loop.fakes import start_run as start_loop


def hyper_config(generations: int = 3, **evolution: object):
    return fake_config(generations, mode="hyperagent", **evolution)


def write_hyper_seed(dest: Path) -> Path:
    write_seed(dest)
    (dest / "meta_agent.py").write_text("print('meta')\n")
    return dest


def start_run(tmp: Path, config, harness: FakeHarness, resumed: bool = False) -> str:
    return start_loop(tmp, config, harness, resumed, loop=HyperagentEvolution,
                      seed_writer=write_hyper_seed)


def records(tmp: Path) -> list:
    return GitArchive.open(tmp / "run" / "archive.git").agents()


def lineage(tmp: Path) -> list[tuple[str, str | None, float | None, str, str | None]]:
    return sorted((r.id, r.parent, r.score, r.status, r.extra.get("parts"))
                  for r in records(tmp))


def events(tmp: Path, kind: str) -> list[dict]:
    return [e.data for e in Journal(tmp / "run" / "journal.jsonl").events() if e.kind == kind]


def test_each_child_is_made_by_its_parents_meta_agent_from_the_export(tmp_path: Path) -> None:
    harness = FakeHarness()
    assert start_run(tmp_path, hyper_config(3), harness) == "generations"
    calls = [c for c in harness.calls if c.startswith(("meta_agent", "self_modify"))]
    assert calls and all(c.startswith("meta_agent") for c in calls)  # no fixed step
    agents = records(tmp_path)
    root = next(r for r in agents if r.parent is None)
    assert root.extra["parts"] == "none"
    assert root.extra["task_digest"] == task_digest(write_hyper_seed(tmp_path / "again"))
    children = [r for r in agents if r.parent]
    assert children and {r.extra["parts"] for r in children} == {"task"}
    for child in children:
        assert child.extra["changed_files"] == {"task": ["coding_agent.py"], "meta": []}
        assert child.summary.endswith("change") and child.problem_statement
    admitted = events(tmp_path, "child_admitted")
    assert admitted and all(e["parts"] == "task" and "task_duplicate_of" in e for e in admitted)
    attempts = tmp_path / "run" / "attempts"
    for attempt in {e["attempt"] for e in admitted}:
        export = attempts / attempt / "export"
        assert (export / "export.json").exists()
        assert (attempts / attempt / "meta_agent.json").exists()
        context = json.loads((export / "context.json").read_text())
        assert context["attempt"] == attempt and context["iterations_left"] >= 0
        text = "".join(p.read_text() for p in export.rglob("*") if p.is_file())
        assert not any(h in text for h in HELDOUT)  # no held-out task reaches a meta agent


def test_same_seed_same_archive_and_a_crash_resumes_to_it(tmp_path: Path) -> None:
    start_run(tmp_path / "clean", hyper_config(3), FakeHarness())
    start_run(tmp_path / "twin", hyper_config(3), FakeHarness())
    assert lineage(tmp_path / "clean") == lineage(tmp_path / "twin")
    for crash_after in (2, 5, 9):
        folder = tmp_path / f"crash{crash_after}"
        with pytest.raises(Crash):
            start_run(folder, hyper_config(3), FakeHarness(crash_after=crash_after))
        assert start_run(folder, hyper_config(3), FakeHarness(), resumed=True) == "generations"
        assert lineage(folder) == lineage(tmp_path / "clean")


def test_a_child_that_only_updates_its_notes_is_kept_reuses_scores_and_is_not_new(
        tmp_path: Path) -> None:
    harness = FakeHarness(write_notes=True)
    start_run(tmp_path, hyper_config(3, stagnation_generations=0), harness)
    agents = {r.id: r for r in records(tmp_path)}
    meta_only = [r for r in agents.values() if r.extra.get("parts") == "meta"]
    assert meta_only, "the fake's 'nothing' attempts change only meta/notes.txt"
    for child in meta_only:
        parent = agents[child.parent]
        assert child.extra["task_digest"] == parent.extra["task_digest"]
        twin = agents[child.extra["scores_from"]]  # an agent with its task part: its scores
        assert twin.extra["task_digest"] == child.extra["task_digest"] and twin.id != child.id
        attempt = child.extra["attempt_id"]
        assert f"evaluate {attempt}" not in harness.calls
    both = [r for r in agents.values() if r.extra.get("parts") == "both"]
    assert both and all(NOTES in r.extra["changed_files"]["meta"] for r in both)


def test_stagnation_counts_notes_only_children_as_nothing_new(tmp_path: Path) -> None:
    # every attempt asks for "nothing": children differ from their parent only in notes
    harness = FakeHarness(write_notes=True, words=["nothing"])
    reason = start_run(tmp_path, hyper_config(10, stagnation_generations=2), harness)
    assert reason.startswith("stagnant: 2 generations")
    assert [r.extra.get("parts") for r in records(tmp_path) if r.parent] == ["meta"] * 4


def test_frozen_meta_runs_the_roots_meta_agent_and_drops_meta_edits(tmp_path: Path) -> None:
    harness = FakeHarness(write_notes=True)
    start_run(tmp_path, hyper_config(3, baseline="frozen_meta"), harness)
    children = [r for r in records(tmp_path) if r.parent]
    assert children and {r.extra["parts"] for r in children} == {"task"}
    attempts = tmp_path / "run" / "attempts"
    root = next(r for r in records(tmp_path) if r.parent is None)
    for child in children:
        assert (attempts / child.extra["attempt_id"] / "meta_agent").is_dir()  # the root's
    assert all(not (attempts / a / "child" / NOTES).exists() for a in
               (c.extra["attempt_id"] for c in children))
    assert root.id


def test_keep_better_admits_a_meta_only_child(tmp_path: Path) -> None:
    harness = FakeHarness(write_notes=True)
    start_run(tmp_path, hyper_config(3, admission="keep_better"), harness)
    meta_only = [r for r in records(tmp_path) if r.extra.get("parts") == "meta"]
    assert meta_only and all(r.status == "ok" for r in meta_only)


def test_no_darwin_extends_the_newest_agent(tmp_path: Path) -> None:
    start_run(tmp_path, hyper_config(3, baseline="no_darwin"), FakeHarness())
    started = events(tmp_path, "generation_started")
    assert len(started) == 3
    agents = records(tmp_path)
    for event in started[1:]:
        made_before = [r for r in agents if r.extra.get("iteration", 0) < event["generation"]]
        newest = max(made_before, key=lambda r: (r.extra.get("iteration", 0), r.created_at))
        assert set(event["parents"]) == {newest.id}


def test_parts_of_a_diff_by_path() -> None:
    patch = ("diff --git a/coding_agent.py b/coding_agent.py\n--- a/coding_agent.py\n"
             "+++ b/coding_agent.py\n@@ -1 +1 @@\n-a\n+b\n"
             "diff --git a/meta/memory.jsonl b/meta/memory.jsonl\nnew file mode 100644\n"
             "--- /dev/null\n+++ b/meta/memory.jsonl\n@@ -0,0 +1 @@\n+{}\n")
    assert changed_files(patch) == {"task": ["coding_agent.py"], "meta": ["meta/memory.jsonl"]}
    assert not meta_code_changed(patch)  # data only
    code = patch.replace("meta/memory.jsonl", "meta/memory.py")
    assert meta_code_changed(code)


def test_a_start_agent_without_a_meta_agent_gets_the_seeds_and_one_with_keeps_its_own(
        tmp_path: Path) -> None:
    from dgm.origin import SEED_DIR, SEED_META_DIR, resolve_start

    with resolve_start("", "hyperagent") as start:
        assert (start.dir / "meta_agent.py").read_bytes() == \
            (SEED_META_DIR / "meta_agent.py").read_bytes()
        assert (start.dir / "coding_agent.py").read_bytes() == \
            (SEED_DIR / "coding_agent.py").read_bytes()
        assert start.origin == {}
        made = start.dir
    assert not made.exists()  # the overlay's copy is removed with the start
    with resolve_start("", "dgm") as start:
        assert start.dir == SEED_DIR and not (start.dir / "meta_agent.py").exists()
    own = write_hyper_seed(tmp_path / "own")
    with resolve_start(str(own), "hyperagent") as start:
        assert start.dir == own and start.origin == {"kind": "dir", "path": str(own)}
    plain = write_seed(tmp_path / "plain")
    with resolve_start(str(plain), "hyperagent") as start:
        assert (start.dir / "meta_agent.py").exists() and start.origin["meta_added"] is True
