"""Per-task overhead against the container floor, where the time goes, and throughput.

The seed agent is scored on the bundled benchmark's small split with the toy model.

- **Floor** of a task: one bare `docker run --rm IMAGE true`, plus the task's hidden tests
  run alone in a fresh container (`docker run --rm` of the solved repo and its tests).
- **Non-model time** of a task: its wall time in the harness (agent sandbox, agent start,
  tools, diff, grading) less its model time (the gateway's latency, from the ledger). With
  one worker; the ratio to the floor is printed per task and at p50.
- **Phases**: the harness's phase clock, and the agent's command split by its transcript
  into start-up, model waits, tool calls and the rest.
- **Throughput**: a whole small-split evaluation with the run's default workers, for this
  code and for the code at BASELINE (default: the commit before the fast path; set
  DGM_BENCH_BASELINE to another commit, or to "none" to skip), side by side, alternating.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from benchmarks.harness_probe import PROBE, ledger_model_s
from dgm.config import RunConfig
from dgm.services import open_services
from evals.task import Task
from ground.phases import PhaseClock

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "agents_archive" / "seed"
SPLIT = "small"
BASELINE = os.environ.get("DGM_BENCH_BASELINE", "f3bebe8")
ROUNDS = int(os.environ.get("DGM_BENCH_ROUNDS", "1"))
AGENT = "agent: command"


def docker_run_s(image: str, *args: str, mount: Path | None = None) -> float:
    """Wall seconds of one `docker run --rm` of `args` (with `mount` at /workspace)."""
    volume = ["-v", f"{mount}:/workspace", "-w", "/workspace"] if mount else []
    start = time.perf_counter()
    subprocess.run(["docker", "run", "--rm", "--network", "none", "--user", "1000:1000",
                    *volume, image, *args], check=False, capture_output=True)
    return time.perf_counter() - start


def solved_repo(task: Task, dest: Path) -> Path:
    """The task's repo with its reference solution and hidden tests in place, on the host."""
    assert task.repo_dir is not None and task.hidden_tests_dir is not None
    shutil.copytree(task.repo_dir, dest)
    subprocess.run(["git", "apply", "-"], cwd=dest, input=(task.solution_patch or "").encode(),
                   check=True)
    shutil.copytree(task.hidden_tests_dir, dest / task.hidden_tests_target, dirs_exist_ok=True)
    dest.chmod(0o777)
    return dest


def floors(image: str, tasks: list[Task]) -> dict[str, float]:
    """Each task's floor: a bare container's round trip plus its tests alone in a fresh one."""
    bare = statistics.median(docker_run_s(image, "true") for _ in range(5))
    out = {}
    with tempfile.TemporaryDirectory(prefix="dgm-bench-floor-") as tmp:
        for task in tasks:
            repo = solved_repo(task, Path(tmp, task.id))
            out[task.id] = bare + docker_run_s(image, "bash", "-c", task.test_command,
                                               mount=repo)
    print(f"   floor: bare `docker run --rm IMAGE true` p50 {bare:.2f} s; with the tests alone, "
          f"p50 {statistics.median(out.values()):.2f} s per task")
    return out


def agent_split(texts: dict[str, str], model_s: float) -> dict[str, float]:
    """The agent's command split by its transcript: start-up, model waits, tools, the rest."""
    events = []
    for line in texts.get("agent log", "").splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    started = float(texts.get("command started", "0"))
    times = [e["time"] for e in events if isinstance(e, dict) and "time" in e]
    split = {"agent: start-up": times[0] - started if times and started else 0.0,
             "agent: model waits": model_s, "agent: tool calls": 0.0}
    opened: float | None = None
    for event in events:
        if event.get("event") == "tool_call":
            opened = event["time"]
        elif event.get("event") == "tool_result" and opened is not None:
            split["agent: tool calls"] += event["time"] - opened
            opened = None
    return split


def breakdown(clock: PhaseClock, model: dict[str, float]) -> list[dict[str, float]]:
    """Per task run: its phases, with the agent's command split up, and 'other'."""
    rows = []
    for key, phases in clock.runs.items():
        row = dict(phases)
        split = agent_split(clock.texts.get(key, {}), model.get(key, 0.0))
        row.update(split)
        row["agent: rest of command"] = row.pop(AGENT, 0.0) - sum(split.values())
        named = sum(v for k, v in row.items() if k != "total")
        row["other"] = row["total"] - named
        row["non-model"] = row["total"] - model.get(key, 0.0)
        rows.append(row)
    return rows


def print_breakdown(label: str, rows: list[dict[str, float]]) -> None:
    """A table of phases: p50 and mean seconds per task, and share of the task's time."""
    names = sorted({k for r in rows for k in r} - {"total", "non-model"},
                   key=lambda n: (n.split(":")[0] != "agent", n.startswith("grade"), n))
    total = statistics.mean(r["total"] for r in rows)
    print(f"   phases per task ({label}, {len(rows)} tasks, 1 worker): p50 / mean s, share")
    for name in [*names, "total", "non-model"]:
        values = [r.get(name, 0.0) for r in rows]
        print(f"     {name:32} {statistics.median(values):6.2f} {statistics.mean(values):6.2f}"
              f"  {statistics.mean(values) / total:5.0%}")


Evaluation = tuple[float, int, dict[str, float], dict[str, float]]


def evaluate_here(workers: int, clock: PhaseClock | None) -> Evaluation:
    """This code on the small split: wall time, task count, each task run's model seconds
    and its total (from the clock, when one listens)."""
    with tempfile.TemporaryDirectory(prefix="dgm-bench-harness-") as tmp, \
            open_services(RunConfig(name="bench"), Path(tmp)) as svc:
        svc.harness.clock = clock
        tasks = [svc.bench.task(i) for i in svc.bench.split(SPLIT)]
        start = time.perf_counter()
        svc.harness.evaluate(SEED, tasks, f"w{workers}", workers)
        wall = time.perf_counter() - start
        model = ledger_model_s(Path(tmp) / "ledger.jsonl")
    totals = {k: v.get("total", 0.0) for k, v in (clock.runs if clock else {}).items()}
    return wall, len(tasks), model, totals


def baseline_tree(dest: Path) -> Path | None:
    """The project at BASELINE, unpacked at `dest`; None when there is none to compare."""
    if BASELINE.lower() == "none":
        return None
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE], capture_output=True)
    if archive.returncode != 0:
        print(f"   (no baseline: commit {BASELINE} is not in this checkout)")
        return None
    dest.mkdir()
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def evaluate_baseline(tree: Path, workers: int) -> float:
    """Wall seconds of the small split scored by the code (and seed) at BASELINE."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", PROBE, SPLIT, str(workers)], cwd=tree, env=env,
                          capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["wall"])


def p50(values: Iterable[float]) -> float:
    """The median."""
    return statistics.median(list(values))


def main() -> None:
    config = RunConfig(name="bench")
    clock = PhaseClock()
    _, _, model, totals = evaluate_here(1, clock)
    rows = breakdown(clock, model)
    print_breakdown("this code", rows)
    with tempfile.TemporaryDirectory(prefix="dgm-bench-floor-run-") as tmp, \
            open_services(config, Path(tmp)) as svc:
        tasks = [svc.bench.task(i) for i in svc.bench.split(SPLIT)]
        floor = floors(svc.harness.image, tasks)
    ratios = [(totals[k] - model.get(k, 0.0)) / floor[k.split("/")[1]] for k in totals]
    print(f"   non-model time per task p50 {p50(r['non-model'] for r in rows):.2f} s; floor p50 "
          f"{p50(floor.values()):.2f} s; ratio to the floor p50 {p50(ratios):.2f}x "
          f"(max {max(ratios):.2f}x)")
    throughput(config.evaluation.workers)


def throughput(workers: int) -> None:
    """Tasks per minute of a whole small-split evaluation, this code against BASELINE."""
    with tempfile.TemporaryDirectory(prefix="dgm-bench-baseline-") as tmp:
        tree = baseline_tree(Path(tmp, "tree"))
        now, before, count = [], [], 0
        for _ in range(ROUNDS):
            if tree is not None:
                before.append(evaluate_baseline(tree, workers))
            wall, count, _, _ = evaluate_here(workers, None)
            now.append(wall)
    line = f"   throughput, {SPLIT} split ({count} tasks), {workers} workers: this code " \
           f"{count / p50(now) * 60:.1f} tasks/min ({p50(now):.1f} s)"
    if before:
        line += (f"; at {BASELINE} {count / p50(before) * 60:.1f} tasks/min ({p50(before):.1f} s)"
                 f": {p50(before) / p50(now):.2f}x")
    print(line)


if __name__ == "__main__":
    main()
