"""The archive export a meta agent reads: exactly the allow-listed files and fields, nothing
held out or hidden, hardlinked from the run's cache, rebuilt identical, and size-capped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agents_archive import AgentRecord, GitArchive
from dgm.evolution.attempt import AttemptSpec, save_evaluation
from dgm.evolution.export import (
    ExportContext,
    ExportLimits,
    HyperagentConfig,
    build_export,
    export_manifest,
)
from dgm.rundir import RunDir, read_json
from evals.benchmark import Benchmark
from evals.harness import EvalResult, TaskResult
from evals.registry import load_benchmark

MARKER = "GRADING-OUTPUT-MARKER"  # in every run's test_output_tail
FAILED, SOLVED = "textutils-slugify", "intervals-touching"  # selection tasks (pytasks small)
HELD = "durations-format"  # a held-out task of pytasks
RUN_KEYS = {"task_id", "repeat", "resolved", "empty_patch", "patch_applied", "timed_out",
            "agent_exit_code", "agent_timed_out", "agent_s", "tokens", "usd", "error",
            "log_flags"}
FAILED_KEYS = RUN_KEYS | {"log_tail", "patch"}
INDEX_KEYS = {"id", "parent", "generation", "iteration", "status", "score", "score_interval",
              "complete", "runs", "summary", "problem_statement", "parts", "task_digest",
              "scores_from", "cost_usd", "tokens", "diff", "diff_cut", "tasks"}
CONTEXT_KEYS = {"v", "run", "attempt", "generation", "index", "attempts_in_generation",
                "same_parent_before", "parent", "root", "iterations_left",
                "generations_total", "seed", "diagnosis_retries", "time_limit_s", "benchmark",
                "selection_splits", "meta_paths", "limits"}


@pytest.fixture(scope="module")
def bench() -> Benchmark:
    return load_benchmark("pytasks")


def context(sees_hidden_tests: bool = False) -> ExportContext:
    return ExportContext("r", iterations_left=3, generations_total=5, attempts_in_generation=2,
                         same_parent_before=0, diagnosis_retries=3, time_limit_s=600.0,
                         selection_splits=("small",), sees_hidden_tests=sees_hidden_tests)


def spec(parent: str, attempt: str = "g003a00") -> AttemptSpec:
    return AttemptSpec(attempt, 3, int(attempt[-2:]), parent, seed=7)


def runs_of(agent: str) -> list[TaskResult]:
    """A resolved and a failed selection run, and a failed held-out run, all with grading
    output; the resolved run's patch and log name the agent so a leak shows."""
    return [
        TaskResult(SOLVED, True, False, True, False, agent_exit_code=0, agent_s=3.0,
                   log_tail=f"solved-log-{agent}", patch=f"RESOLVED-PATCH-{agent}",
                   test_output_tail=f"{MARKER} passed"),
        TaskResult(FAILED, False, False, True, False, agent_exit_code=0, agent_s=4.0,
                   log_tail="error: prompt is too long for the context window",
                   patch="diff --git a/x.py b/x.py\n" + "+x\n" * 4000,
                   test_output_tail=f"{MARKER} failed test_slug"),
        TaskResult(HELD, False, True, False, False, agent_exit_code=1,
                   log_tail=f"log of {HELD}", test_output_tail=f"{MARKER} {HELD}"),
    ]


def add_agent(archive: GitArchive, run: RunDir, parent: str | None, source: Path,
              attempt: str, iteration: int) -> str:
    agent = archive.root_id if parent is None else archive.add(parent, source, {}).agent_id
    save_evaluation(run.attempt(attempt), EvalResult(runs_of(agent), ["small"]))
    archive.update_meta(
        agent, status="ok", score=0.5, score_interval=[0.1, 0.9], complete=True,
        runs={SOLVED: [True], FAILED: [False], HELD: [False]},
        results={SOLVED: True, FAILED: False, HELD: False},
        heldout_score=0.25, heldout_interval=[0.0, 0.7], heldout_runs={HELD: [False]},
        summary=f"change {iteration}", problem_statement="p" * 3000, cost_usd=0.5,
        tokens=100, extra={"attempt_id": attempt, "iteration": iteration})
    return agent


def make_run(tmp: Path) -> tuple[RunDir, GitArchive, list[str]]:
    """A run with three agents (root, child, grandchild), each with a saved evaluation."""
    run = RunDir(tmp / "run")
    ids: list[str] = []
    for i, attempt in enumerate(["g000-seed", "g001a00", "g002a01"]):
        source = tmp / f"agent{i}"
        source.mkdir()
        (source / "coding_agent.py").write_text(f"VERSION = {i}\n")
        if i == 0:
            archive = GitArchive.create(run.archive, source)
        ids.append(add_agent(archive, run, ids[-1] if ids else None, source, attempt, i))
    return run, archive, ids


def files_of(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*")
            if p.is_file()}


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_the_export_holds_exactly_the_allow_listed_files_and_fields(
        tmp_path: Path, bench: Benchmark) -> None:
    run, archive, (root, child, grandchild) = make_run(tmp_path)
    folder = build_export(archive, run, bench, spec(grandchild), ExportLimits(), context())
    # the sandbox's unprivileged user reads every file and folder of it (the mount is
    # read-only); atomic writes alone would leave the files 0600
    assert all(p.stat().st_mode & 0o005 == 0o005 if p.is_dir() else p.stat().st_mode & 0o004
               for p in [folder, *folder.rglob("*")])
    files = files_of(folder)
    assert folder == run.attempts / "g003a00" / "export"
    assert set(files) == {
        "README.md", "context.json", "index.jsonl", "export.json",
        f"agents/{child}/diff.patch", f"agents/{grandchild}/diff.patch",
        *(f"agents/{a}/tasks.jsonl" for a in (root, child, grandchild)),
        f"instructions/{FAILED}.md"}
    assert files[f"agents/{grandchild}/diff.patch"] == archive.diff(child, grandchild)
    assert files[f"instructions/{FAILED}.md"] == bench.task(FAILED).instructions
    index = jsonl(files["index.jsonl"])
    assert [line["id"] for line in index] == [root, child, grandchild]
    assert all(set(line) == INDEX_KEYS for line in index)
    assert index[0]["diff"] is None and index[2]["diff"] == f"agents/{grandchild}/diff.patch"
    assert index[2]["runs"] == {SOLVED: [True], FAILED: [False]}
    assert len(index[2]["problem_statement"]) == 2000 and index[2]["iteration"] == 2
    runs = jsonl(files[f"agents/{grandchild}/tasks.jsonl"])
    assert [(r["task_id"], set(r)) for r in runs] == [(SOLVED, RUN_KEYS), (FAILED, FAILED_KEYS)]
    assert runs[0]["log_flags"] == [] and runs[1]["log_flags"] == ["context_overflow"]
    assert len(runs[1]["patch"]) == 6000
    ctx = json.loads(files["context.json"])
    assert set(ctx) == CONTEXT_KEYS
    assert (ctx["parent"], ctx["root"], ctx["attempt"], ctx["seed"]) == (
        grandchild, root, "g003a00", 7)
    assert ctx["limits"] == {"ancestor_logs": 3, "recent_logs": 8, "diff_kb": 16, "max_mb": 24}


@pytest.mark.parametrize("sees_hidden_tests", [False, True])
def test_nothing_held_out_hidden_or_solved_is_exported(
        tmp_path: Path, bench: Benchmark, sees_hidden_tests: bool) -> None:
    run, archive, ids = make_run(tmp_path)
    folder = build_export(archive, run, bench, spec(ids[-1]), ExportLimits(),
                          context(sees_hidden_tests))
    files = files_of(folder)
    text = "\n".join(files.values())
    for held in bench.split("heldout"):
        assert held not in text
    assert "heldout_" not in text and "RESOLVED-PATCH" not in text and "solved-log" not in text
    for task_id in bench.task_ids():
        task = bench.task(task_id)
        assert task.solution_patch and task.solution_patch not in text
        assert task.hidden_tests_dir is not None
        for hidden in task.hidden_tests_dir.rglob("*.py"):
            assert hidden.read_text() not in text
    failed = [r for a in ids for r in jsonl(files[f"agents/{a}/tasks.jsonl"])
              if not r["resolved"]]
    if sees_hidden_tests:
        assert all(r["test_output_tail"] == f"{MARKER} failed test_slug" for r in failed)
        assert text.count(MARKER) == len(failed) == 3
    else:
        assert MARKER not in text and all("test_output_tail" not in r for r in failed)


def test_a_rebuilt_export_equals_the_first_and_shares_the_cache(
        tmp_path: Path, bench: Benchmark) -> None:
    run, archive, (root, child, grandchild) = make_run(tmp_path)
    folder = build_export(archive, run, bench, spec(grandchild), ExportLimits(), context())
    manifest = read_json(folder / "export.json")
    assert manifest == export_manifest(folder) and manifest["limits"]["diff_kb"] == 16
    index_inode = (folder / "index.jsonl").stat().st_ino
    assert build_export(archive, run, bench, spec(grandchild), ExportLimits(), context()) == folder
    assert (folder / "index.jsonl").stat().st_ino == index_inode  # complete: reused as is
    (folder / "export.json").unlink()  # as if the driver died while building it
    (folder / "stray.txt").write_text("half")
    build_export(archive, run, bench, spec(grandchild), ExportLimits(), context())
    assert read_json(folder / "export.json") == manifest and not (folder / "stray.txt").exists()
    other = build_export(archive, run, bench, spec(grandchild, "g003a01"), ExportLimits(),
                         context())
    cache = run.root / "export_cache" / "agents"
    for rel in (f"{child}/diff.patch", f"{root}/tasks.jsonl", f"{grandchild}/tasks.jsonl"):
        inode = (cache / rel).stat().st_ino
        assert (folder / "agents" / rel).stat().st_ino == inode
        assert (other / "agents" / rel).stat().st_ino == inode
    assert json.loads((other / "context.json").read_text())["index"] == 1


def test_the_cache_follows_the_hidden_tests_switch(tmp_path: Path, bench: Benchmark) -> None:
    run, archive, ids = make_run(tmp_path)
    blind = build_export(archive, run, bench, spec(ids[-1]), ExportLimits(), context())
    seeing = build_export(archive, run, bench, spec(ids[-1], "g003a01"), ExportLimits(),
                          context(sees_hidden_tests=True))
    assert MARKER not in "".join(files_of(blind).values())
    assert MARKER in (seeing / "agents" / ids[-1] / "tasks.jsonl").read_text()


def test_which_agents_have_their_task_runs_exported(tmp_path: Path, bench: Benchmark) -> None:
    run, archive, (root, child, grandchild) = make_run(tmp_path)
    limits = ExportLimits(ancestor_logs=0, recent_logs=1)
    folder = build_export(archive, run, bench, spec(child), limits, context())
    index = {line["id"]: line["tasks"] for line in jsonl((folder / "index.jsonl").read_text())}
    assert index == {root: None, child: f"agents/{child}/tasks.jsonl",
                     grandchild: f"agents/{grandchild}/tasks.jsonl"}
    assert not (folder / "agents" / root).exists()


class ManyAgents:
    """An archive at the Archive seam: `count` agents, a lineage of `depth` from the root and
    the rest children of the root, each with a diff of `diff_kb` KB."""

    def __init__(self, count: int, depth: int, diff_kb: int) -> None:
        self.root_id = f"{0:012x}"
        self.records = [AgentRecord(self.root_id, "c0", None, 0, extra={"iteration": 0})]
        for i in range(1, count):
            parent = f"{i - 1:012x}" if i < depth else self.root_id
            self.records.append(AgentRecord(f"{i:012x}", f"c{i}", parent, 1,
                                            extra={"iteration": i}))
        self.diff_kb = diff_kb

    def agents(self) -> list[AgentRecord]:
        return list(self.records)

    def diff(self, a: str, b: str) -> str:
        line = f"+# line of {b}, a child of {a}\n"
        return "diff --git a/f.py b/f.py\n" + line * (self.diff_kb * 1024 // len(line))


def test_a_big_archive_stays_under_the_cap_keeping_the_lineage(
        tmp_path: Path, bench: Benchmark) -> None:
    archive = ManyAgents(300, depth=40, diff_kb=40)
    run = RunDir(tmp_path / "run")
    lineage = {r.id for r in archive.records[1:40]}
    limits = ExportLimits(diff_kb=16, max_mb=1)  # the default 24 MB holds all 300 cut diffs
    folder = build_export(archive, run, bench, spec(archive.records[39].id), limits, context())
    files = files_of(folder)
    assert sum(len(t.encode()) for t in files.values()) <= 1024 * 1024
    index = jsonl(files["index.jsonl"])
    assert len(index) == 300
    kept = [line["id"] for line in index if line["diff"]]
    dropped = [line["id"] for line in index[1:] if line["diff"] is None]
    assert lineage <= set(kept) and dropped and not lineage & set(dropped)
    assert max(dropped) < min(set(kept) - lineage)  # the oldest outside the lineage go first
    assert {f"agents/{a}/diff.patch" for a in kept} == {f for f in files if f.endswith(".patch")}
    for agent in kept:
        diff = files[f"agents/{agent}/diff.patch"]
        assert len(diff.encode()) <= 16 * 1024 + 100
        assert diff.splitlines()[-1].startswith("# [export] diff cut at 16 KB")
    assert all(line["diff_cut"] for line in index if line["diff"])


def test_limits_come_from_the_hyperagent_config() -> None:
    config = HyperagentConfig(export_ancestor_logs=2, export_recent_logs=5, export_diff_kb=8,
                              export_max_mb=4)
    assert ExportLimits.of(config) == ExportLimits(2, 5, 8, 4)
    assert ExportLimits.of(HyperagentConfig()) == ExportLimits()
    assert HyperagentConfig().reuse_task_scores
