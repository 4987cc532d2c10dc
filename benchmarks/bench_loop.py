"""Loop overhead per generation as a share of wall time, and a full demo run's wall time.

Overhead is measured by driving the real loop (archive, journal, selection, diagnosis
parsing, attempt bookkeeping) with a harness whose agent runs cost nothing; the same
generations on the real demo (toy model, Docker sandboxes) give the wall time it is a
share of. Set DGM_BENCH_DEMO_GENERATIONS to shorten the demo part.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from agents_archive import GitArchive
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.journal import Journal
from dgm.rundir import RunDir
from tests.loop.fakes import FakeHarness, FakeServices, fake_config, write_seed

ROOT = Path(__file__).resolve().parent.parent


def loop_overhead_per_generation(generations: int = 12) -> float:
    """Seconds per generation the loop spends when agents cost nothing."""
    with tempfile.TemporaryDirectory() as tmp:
        run = RunDir(Path(tmp) / "run")
        run.root.mkdir()
        config = fake_config(generations)
        archive = GitArchive.create(run.archive, write_seed(Path(tmp) / "seed"))
        services = FakeServices(config, FakeHarness())
        executor = AttemptPool(2, services)
        start = time.perf_counter()
        Evolution(run, services, executor, archive).start(False)
        executor.shutdown()
        return (time.perf_counter() - start) / generations


def demo_generation_walls(generations: int) -> tuple[float, list[float]]:
    """Wall time of a real demo run and of each of its generations (seed evaluation first)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "dgm", "run", "--config", str(ROOT / "configs/demo.toml"),
               "--run-dir", f"{tmp}/demo", "--generations", str(generations)]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        total = time.perf_counter() - start
        marks = [e.data["wall_s"] for e in Journal(Path(tmp) / "demo/journal.jsonl").events()
                 if e.kind in ("seed_evaluated", "generation_finished")]
        status = subprocess.run([sys.executable, "-m", "dgm", "status", f"{tmp}/demo", "--json"],
                                check=True, capture_output=True, text=True, cwd=ROOT).stdout
        print(f"   demo result: {json.loads(status)['best']}, seed "
              f"{json.loads(status)['seed_score']}")
    return total, [b - a for a, b in zip([0.0, *marks], marks, strict=False)]


def main() -> None:
    overhead = loop_overhead_per_generation()
    print(f"   loop overhead per generation (zero-cost agents): {overhead * 1000:.0f} ms")
    generations = int(os.environ.get("DGM_BENCH_DEMO_GENERATIONS", "4"))
    total, walls = demo_generation_walls(generations)
    per_gen = statistics.mean(walls[1:]) if len(walls) > 1 else walls[0]
    print(f"   demo run ({generations} generations): {total:.0f} s wall; seed evaluation "
          f"{walls[0]:.0f} s; mean generation {per_gen:.0f} s")
    print(f"   loop overhead share of a generation: {overhead / per_gen:.2%} (target < 5%)")


if __name__ == "__main__":
    main()
