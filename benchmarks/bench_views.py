"""View figures on a large run: `dgm tree` of 2,000 agents, and the report's size and time.

The run is synthetic but in the real layout: 2,000 agents bulk-built with `git fast-import`
(as in bench_archive), each with a record, an evaluate.json of 20 task results with their
patches, a result.json, ledger lines and journal events; the parents are drawn with a bias to
good agents, as in DGM. The builder can also grow a run it built (bench_scale does).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from agents_archive import AgentRecord, GitArchive
from benchmarks.bench_archive import fi_commit, git, seed_paths, seed_tree, write_bulk_notes
from dgm.config import EvolutionConfig, RunConfig

AGENTS = 2000
PER_ITERATION = 8  # attempts per generation
TASKS = [f"task-{k:02d}" for k in range(20)]
AGENT_S = 60.0  # synthetic wall time per attempt, for the journal's clock
START = 1.7e9  # unix time the synthetic run started


@dataclass
class BigRun:
    """A synthetic run being built: what adding agents needs to know of those already there."""

    root: Path
    archive: GitArchive
    seed: Path
    parents: list[int] = field(default_factory=lambda: [-1])  # parent index (seed: -1)
    scores: list[float] = field(default_factory=lambda: [0.2])
    depth: list[int] = field(default_factory=lambda: [0])
    commits: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Agents archived so far, the seed included (0 before the seed is scored)."""
        return len(self.ids)


def build_big_run(root: Path, count: int, rng: random.Random) -> list[AgentRecord]:
    """A finished run of `count` agents (seed included) at `root`."""
    return grow_big_run(start_big_run(root), count, rng)


def start_big_run(root: Path) -> BigRun:
    """A run directory with its config and an archive holding the (unscored) seed."""
    root.mkdir(parents=True)
    seed = seed_tree(root.parent / f"{root.name}-seed")
    archive = GitArchive.create(root, seed, {"summary": "seed agent"})
    return BigRun(root, archive, seed, commits=[archive.meta("root").commit])


def grow_big_run(run: BigRun, count: int, rng: random.Random) -> list[AgentRecord]:
    """Add agents to `run` until it holds `count` (scoring the seed first); the new records."""
    first = run.size  # 0 on the first call: the seed is scored with the first agents
    old = len(run.parents)
    _plan(run, count, rng)
    _bulk_commits(run, old, rng)
    records = _records(run, first, rng)
    write_bulk_notes(run.archive, [r for r in records if r.parent])
    refs = "".join(f"create refs/agents/{r.id} {r.commit}\n" for r in records if r.parent)
    git(run.archive, "update-ref", "--stdin", data=(refs + "delete refs/bulk/build\n").encode())
    if first == 0:
        run.archive.update_meta(run.archive.root_id, **{k: getattr(records[0], k) for k in (
            "score", "status", "results", "extra", "cost_usd", "tokens")})
    _write_run_files(run, records, first)
    evolution = EvolutionConfig(generations=iteration_of_index(count - 1),
                                attempts_per_generation=PER_ITERATION)
    (run.root / "dgm.toml").write_text(RunConfig(name="big", evolution=evolution).to_toml())
    return records


def _plan(run: BigRun, count: int, rng: random.Random) -> None:
    """Each new agent's parent (recent agents, weighted by score) and its score."""
    parents, scores = run.parents, run.scores
    for i in range(len(parents), count):
        pool = range(max(0, i - 400), i)
        parent = rng.choices(list(pool), weights=[scores[p] ** 3 + 0.01 for p in pool])[0]
        parents.append(parent)
        scores.append(min(1.0, max(0.0, scores[parent] + rng.gauss(0.01, 0.06))))
        run.depth.append(run.depth[parent] + 1)


def _bulk_commits(run: BigRun, old: int, rng: random.Random) -> None:
    """One commit per new agent, each changing a few lines of one seed file."""
    paths = seed_paths(run.seed)
    texts = {p: (run.seed / p).read_text() for p in paths}
    stream = []
    for i in range(old, len(run.parents)):
        path = rng.choice(paths)
        body = f"# agent {i}: retry edits {rng.randrange(9)} times\nLIMIT_{i} = {i}\n"
        p = run.parents[i]
        parent = f":{p}" if p >= old else run.commits[p]  # marked in this import, or earlier
        stream.append(fi_commit("refs/bulk/build", i, 1704067200 + run.depth[i], f"agent {i}",
                                parent, {path: body + texts[path]}))
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "marks"
        git(run.archive, "fast-import", "--quiet", f"--export-marks={marks}",
            data=b"".join(stream))
        by_mark = dict(line.split() for line in marks.read_text().splitlines())
    run.commits += [by_mark[f":{i}"] for i in range(old, len(run.parents))]


def _records(run: BigRun, first: int, rng: random.Random) -> list[AgentRecord]:
    """Records of the agents from index `first` on (their ids appended to run.ids)."""
    commits = run.commits[first:]
    listed = git(run.archive, "log", "--stdin", "--no-walk=unsorted", "--format=%H %T",
                 data="".join(f"{c}\n" for c in commits).encode())
    tree_of = dict(line.split() for line in listed.splitlines())
    run.ids += [tree_of[c][:12] for c in commits]
    records = []
    for i in range(first, len(run.commits)):
        score = run.scores[i]
        records.append(AgentRecord(
            id=run.ids[i], commit=run.commits[i], parent=run.ids[run.parents[i]] if i else None,
            generation=run.depth[i], status="ok" if score >= 0.15 else "rejected",
            score=round(score, 3), results={t: rng.random() < score for t in TASKS},
            problem_statement="The agent stops after a failed edit. " * 6 if i else "",
            summary=f"retry failed edits, variant {i}" if i else "seed agent",
            cost_usd=0.4, tokens=90_000, created_at="2025-01-01T00:00:00+00:00",
            extra={"attempt_id": attempt_of(i), "iteration": iteration_of_index(i),
                   "stages": ["small"]}))
    return records


def attempt_of(i: int) -> str:
    """The attempt id that made agent number `i` (0 is the seed)."""
    return "g000-seed" if i == 0 else f"g{iteration_of_index(i):03d}a{i % 8:02d}"


def iteration_of_index(i: int) -> int:
    """The generation of the loop that made agent number `i`."""
    return 0 if i == 0 else (i - 1) // PER_ITERATION + 1


def _write_run_files(run: BigRun, records: list[AgentRecord], first: int) -> None:
    """Each new agent's attempt folder, ledger lines and journal events, appended."""
    ledger = []
    for r in records:
        _write_attempt(run, r)
        ledger += [json.dumps({"run_id": "big", "attempt_id": f"{r.extra['attempt_id']}/{t}/r0",
                               "role": "coding_agent", "provider": "anthropic",
                               "model": "claude", "seq": 0, "input_tokens": 3000,
                               "output_tokens": 1000, "usd": 0.02, "time": START})
                   for t in TASKS]
    with open(run.root / "ledger.jsonl", "a") as fh:
        fh.write("\n".join(ledger) + "\n")
    with open(run.root / "journal.jsonl", "a") as fh:
        fh.write("\n".join(json.dumps(e) for e in _journal(run, records, first)) + "\n")


def _write_attempt(run: BigRun, r: AgentRecord) -> None:
    """evaluate.json (20 task results with patches) and, for a child, result.json."""
    results = [{"task_id": t, "resolved": ok, "empty_patch": False, "patch_applied": True,
                "timed_out": False, "repeat": 0, "agent_s": 20.0, "tokens": 4000, "usd": 0.02,
                "patch": f"--- a/{t}.py\n+++ b/{t}.py\n@@ -1 +1 @@\n-x\n+y\n" * 3}
               for t, ok in r.results.items()]
    evaluation = {"v": 1, "score": r.score, "stages_run": ["small"], "results": results}
    folder = run.root / "attempts" / str(r.extra["attempt_id"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evaluate.json").write_text(json.dumps({"value": evaluation}))
    if r.parent:
        attempt = str(r.extra["attempt_id"])
        (folder / "result.json").write_text(json.dumps({
            "attempt_id": attempt, "generation": r.extra["iteration"],
            "index": int(attempt[-2:]), "parent_id": r.parent, "status": "evaluated",
            "diagnosis": {"improvement": r.summary, "problem_statement": r.problem_statement},
            "patch": "--- a/coding_agent.py\n+++ b/coding_agent.py\n@@ -1 +1 @@\n-x\n+y\n",
            "score": r.score, "eval": evaluation, "smoke": None,
            "seconds": {"diagnose": 5.0, "self_modify": 30.0, "evaluate": 25.0},
            "error": None, "v": 1}))


def _journal(run: BigRun, records: list[AgentRecord], first: int) -> list[dict[str, object]]:
    """The events the driver would have journaled for these agents, as one session."""
    def event(kind: str, i: int, **data: object) -> dict[str, object]:
        return {"kind": kind, "at": START + i * AGENT_S, "data": data, "v": 1}

    out = [event("run_resumed" if first else "run_started", first, seed=0,
                 wall_s=first * AGENT_S)]
    for i, r in enumerate(records, start=first):
        attempt, gen = str(r.extra["attempt_id"]), iteration_of_index(i)
        if i == 0:
            out.append(event("seed_evaluated", 0, agent=r.id, attempt=attempt, score=r.score,
                             wall_s=0.0))
            continue
        if (i - 1) % PER_ITERATION == 0:
            last = min(gen * PER_ITERATION + 1, len(run.ids))
            out.append(event("generation_started", i, generation=gen,
                             parents=[run.ids[run.parents[k]] for k in range(i, last)]))
        out += [event("attempt_started", i, attempt=attempt, parent=r.parent),
                event("attempt_finished", i, attempt=attempt, status="evaluated",
                      score=r.score),
                event("child_admitted", i, attempt=attempt, agent=r.id, status=r.status,
                      score=r.score)]
        if i % PER_ITERATION == 0:
            out.append(event("generation_finished", i, generation=gen, archive_size=i + 1,
                             wall_s=i * AGENT_S))
    end = len(run.ids) - 1
    out.append(event("run_stopped", end, reason="generations", wall_s=end * AGENT_S))
    return out


def timed_cli(*args: str | Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Seconds one `python -m dgm ARGS` takes (start-up included), and its stdout."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                         text=True, check=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - start, out.stdout


def bench_tree(root: Path) -> None:
    """`dgm tree` on 2,000 agents: piped (plain) and on a colour terminal (rich)."""
    plain, out = min(timed_cli("tree", root) for _ in range(3))
    rich, _ = min(timed_cli("tree", root, env={"FORCE_COLOR": "1", "COLUMNS": "160"})
                  for _ in range(3))
    json_s, _ = min(timed_cli("tree", root, "--format", "json") for _ in range(3))
    print(f"dgm tree, {AGENTS:,} agents ({len(out.splitlines()) - 1:,} lines): {plain:.2f} s "
          f"piped, {rich:.2f} s styled for a terminal, {json_s:.2f} s as JSON "
          "(target < 2 s; process start-up included)")


def bench_report(root: Path, tmp: Path) -> None:
    """`dgm report` on 2,000 agents: time, size, and how long Chromium takes to load it."""
    out = tmp / "report.html"
    seconds, _ = timed_cli("report", root, "-o", out)
    size = out.stat().st_size
    print(f"dgm report, {AGENTS:,} agents: {seconds:.1f} s, one file of {size / 2**20:.1f} MiB")
    chromium = shutil.which("chromium")
    if chromium is None:
        print("   (chromium not installed: load time not measured)")
        return
    loads = []
    for _ in range(3):
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                              f"--user-data-dir={tmp / 'profile'}", "--dump-dom", out.as_uri()],
                             capture_output=True, text=True, check=True, timeout=300).stdout
        found = re.search(r'data-load-ms="(\d+)"', dom)
        loads.append(int(found.group(1)) if found else -1)
    print(f"   headless Chromium: load event {min(loads)} ms after navigation start "
          f"(best of 3: {', '.join(map(str, loads))} ms; browser start-up excluded)")


def main() -> None:
    """Print the view figures."""
    with tempfile.TemporaryDirectory(prefix="dgm-bench-views-") as name:
        tmp = Path(name)
        start = time.perf_counter()
        build_big_run(tmp / "run", AGENTS, random.Random(7))
        print(f"built a synthetic run of {AGENTS:,} agents in {time.perf_counter() - start:.1f} s")
        bench_tree(tmp / "run")
        bench_report(tmp / "run", tmp)


if __name__ == "__main__":
    main()
