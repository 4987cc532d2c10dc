"""Harness overhead per task (everything but model time) and throughput with 1 vs 8 workers.

The seed agent runs on tasks of the bundled benchmark with the toy model: each task is an
agent sandbox, a diff on the host and a grading sandbox. Model time is the gateway's
latency for the task's exchanges, read from the ledger.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from dgm.config import RunConfig
from dgm.services import open_services

SEED = Path(__file__).resolve().parent.parent / "agents_archive" / "seed"
TASKS = 8


def run(workers: int) -> tuple[float, list[float]]:
    """Wall time of TASKS tasks, and each task's non-model seconds."""
    with tempfile.TemporaryDirectory() as tmp, \
            open_services(RunConfig(name="bench"), Path(tmp)) as svc:
        tasks = [svc.bench.task(i) for i in svc.bench.split("medium")[:TASKS]]
        start = time.perf_counter()
        results = svc.harness.evaluate(SEED, tasks, f"w{workers}", workers)
        wall = time.perf_counter() - start
        model_s: dict[str, float] = {}
        for line in (Path(tmp) / "ledger.jsonl").read_text().splitlines():
            entry = json.loads(line)
            task = entry["attempt_id"].split("/")[1]
            model_s[task] = model_s.get(task, 0.0) + entry["latency_s"]
    overhead = [r.agent_s + r.grade_s - model_s.get(r.task_id, 0.0) for r in results]
    return wall, overhead


def main() -> None:
    wall1, overhead = run(1)
    print(f"   harness overhead per task (agent + grading sandboxes, less model time): "
          f"p50 {statistics.median(overhead):.2f} s over {TASKS} tasks")
    wall8, _ = run(8)
    print(f"   {TASKS} tasks: 1 worker {wall1:.1f} s ({TASKS / wall1 * 60:.1f} tasks/min), "
          f"8 workers {wall8:.1f} s ({TASKS / wall8 * 60:.1f} tasks/min): "
          f"{wall1 / wall8:.2f}x throughput on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
