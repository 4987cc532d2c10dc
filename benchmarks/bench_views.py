"""View figures on a large run: `dgm tree` of 2,000 agents, and the report's size and time.

The run is synthetic but in the real layout: 2,000 agents bulk-built with `git fast-import`
(as in bench_archive), each with a record, an evaluate.json of 20 task results with their
patches, and ledger lines; the parents are drawn with a bias to good agents, as in DGM.
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
from pathlib import Path

from agents_archive import AgentRecord, GitArchive
from benchmarks.bench_archive import fi_commit, git, seed_paths, seed_tree, write_bulk_notes
from dgm.config import RunConfig

AGENTS = 2000
PER_ITERATION = 8  # attempts per generation
TASKS = [f"task-{k:02d}" for k in range(20)]


def build_big_run(root: Path, count: int, rng: random.Random) -> list[AgentRecord]:
    """A finished run of `count` agents (seed included) at `root`."""
    root.mkdir(parents=True)
    (root / "dgm.toml").write_text(RunConfig(name="big").to_toml())
    seed = seed_tree(root.parent / "seed")
    archive = GitArchive.create(root, seed, {"summary": "seed agent"})
    parents, scores = _plan(count, rng)
    commits = _bulk_commits(archive, seed, parents, rng)
    records = _records(archive, commits, parents, scores, rng)
    write_bulk_notes(archive, records[1:])
    refs = "".join(f"create refs/agents/{r.id} {r.commit}\n" for r in records[1:])
    git(archive, "update-ref", "--stdin", data=(refs + "delete refs/bulk/build\n").encode())
    archive.update_meta(archive.root_id, **{k: getattr(records[0], k) for k in (
        "score", "status", "results", "extra", "cost_usd", "tokens")})
    _write_run_files(root, records, rng)
    return records


def _plan(count: int, rng: random.Random) -> tuple[list[int], list[float]]:
    """Parent index of each agent (index 0 is the seed) and its score."""
    parents, scores = [-1], [0.2]
    for i in range(1, count):
        pool = range(max(0, i - 400), i)  # recent agents, weighted by score
        parent = rng.choices(list(pool), weights=[scores[p] ** 3 + 0.01 for p in pool])[0]
        parents.append(parent)
        scores.append(min(1.0, max(0.0, scores[parent] + rng.gauss(0.01, 0.06))))
    return parents, scores


def _bulk_commits(archive: GitArchive, seed: Path, parents: list[int],
                  rng: random.Random) -> list[str]:
    """One commit per agent, each changing a few lines of one seed file."""
    paths = seed_paths(seed)
    texts = {p: (seed / p).read_text() for p in paths}
    depth, stream = [0], []
    for i in range(1, len(parents)):
        depth.append(depth[parents[i]] + 1)
        path = rng.choice(paths)
        body = f"# agent {i}: retry edits {rng.randrange(9)} times\nLIMIT_{i} = {i}\n"
        parent = f":{parents[i]}" if parents[i] else archive.meta("root").commit
        stream.append(fi_commit("refs/bulk/build", i, 1704067200 + depth[i], f"agent {i}",
                                parent, {path: body + texts[path]}))
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "marks"
        git(archive, "fast-import", "--quiet", f"--export-marks={marks}", data=b"".join(stream))
        by_mark = dict(line.split() for line in marks.read_text().splitlines())
    return [archive.meta("root").commit] + [by_mark[f":{i}"] for i in range(1, len(parents))]


def _records(archive: GitArchive, commits: list[str], parents: list[int], scores: list[float],
             rng: random.Random) -> list[AgentRecord]:
    listed = git(archive, "log", "--stdin", "--no-walk=unsorted", "--format=%H %T",
                 data="".join(f"{c}\n" for c in commits).encode())
    tree_of = dict(line.split() for line in listed.splitlines())
    ids = [tree_of[c][:12] for c in commits]
    depth = [0] * len(commits)
    records = []
    for i, commit in enumerate(commits):
        depth[i] = depth[parents[i]] + 1 if i else 0
        attempt = "g000-seed" if i == 0 else f"g{(i - 1) // PER_ITERATION + 1:03d}a{i % 8:02d}"
        records.append(AgentRecord(
            id=ids[i], commit=commit, parent=ids[parents[i]] if i else None, generation=depth[i],
            status="ok" if scores[i] >= 0.15 else "rejected", score=round(scores[i], 3),
            results={t: rng.random() < scores[i] for t in TASKS},
            problem_statement="The agent stops after a failed edit. " * 6 if i else "",
            summary=f"retry failed edits, variant {i}" if i else "seed agent",
            cost_usd=0.4, tokens=90_000, created_at="2025-01-01T00:00:00+00:00",
            extra={"attempt_id": attempt, "iteration": int(attempt[1:4]), "stages": ["small"]}))
    return records


def _write_run_files(root: Path, records: list[AgentRecord], rng: random.Random) -> None:
    """evaluate.json per agent, a journal and a ledger."""
    ledger, journal = [], []
    for r in records:
        results = [{"task_id": t, "resolved": ok, "empty_patch": False, "patch_applied": True,
                    "timed_out": False, "repeat": 0, "agent_s": 20.0, "tokens": 4000, "usd": 0.02,
                    "patch": f"--- a/{t}.py\n+++ b/{t}.py\n@@ -1 +1 @@\n-x\n+y\n" * 3}
                   for t, ok in r.results.items()]
        folder = root / "attempts" / r.extra["attempt_id"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "evaluate.json").write_text(json.dumps(
            {"value": {"v": 1, "score": r.score, "stages_run": ["small"], "results": results}}))
        ledger += [json.dumps({"run_id": "big", "attempt_id": f"{r.extra['attempt_id']}/{t}/r0",
                               "role": "coding_agent", "provider": "anthropic",
                               "model": "claude", "seq": 0, "input_tokens": 3000,
                               "output_tokens": 1000, "usd": 0.02, "time": 1.7e9})
                   for t in TASKS]
        journal.append(json.dumps({"kind": "child_admitted", "at": 1.7e9, "v": 1, "data": {
            "attempt": r.extra["attempt_id"], "agent": r.id, "status": r.status}}))
    (root / "ledger.jsonl").write_text("\n".join(ledger) + "\n")
    (root / "journal.jsonl").write_text("\n".join(journal) + "\n")


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
