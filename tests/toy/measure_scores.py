"""Print the seed's score and each improved variant's on synthetic tasks, against the toy.

    .venv/bin/python tests/toy/measure_scores.py [--tasks 30] [--seeds 0 1 2]

Each variant is made the way evolution makes it: the seed agent runs (as the
simulated self-modifier) on a checkout of its own source with the catalog
improvement's problem statement. Runs agents on the host: our own code only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from toy_support import (  # noqa: E402
    SEED,
    FakeGateway,
    self_check,
    self_modify,
    solve_and_grade,
    synth_tasks,
)

from dgm.toy import ToyProvider  # noqa: E402
from dgm.toy.catalog import CATALOG  # noqa: E402


def make_variants(gateway: FakeGateway, work: Path) -> dict[str, Path]:
    """The seed, each single improvement, and all of them together (made one after another)."""
    variants = {"seed": SEED}
    for item in CATALOG:
        variants[item.id] = _improve(gateway, SEED, item, work / item.id)
    current = SEED
    for item in CATALOG:
        current = _improve(gateway, current, item, work / f"all-{item.id}")
    variants["all"] = current
    return variants


def _improve(gateway: FakeGateway, agent: Path, item: object, work: Path) -> Path:
    for attempt in range(10):  # a slip breaks some attempts; evolution would discard those
        child = self_modify(gateway, agent, agent, f"# Improvement: {item.title}\n\n"
                            f"{item.problem_statement}", work / str(attempt), seed=attempt)
        if self_check(child).returncode == 0 and item.is_present(
                (child / item.path).read_text()):
            return child
    raise RuntimeError(f"no working child for {item.id}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=30)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    tasks = synth_tasks(args.tasks)
    with tempfile.TemporaryDirectory() as tmp, FakeGateway(ToyProvider(0)) as gateway:
        variants = make_variants(gateway, Path(tmp, "variants"))
        print(f"{'variant':16} " + " ".join(f"seed{s:<3}" for s in args.seeds) + "  mean")
        for name, agent in variants.items():
            scores = []
            for seed in args.seeds:
                jobs = [(t, Path(tmp, "runs", name, str(seed), t.id)) for t in tasks]
                with ThreadPoolExecutor(args.workers) as pool:
                    resolved = list(pool.map(
                        lambda job, a=agent, s=seed: solve_and_grade(gateway, a, *job, seed=s),
                        jobs))
                scores.append(sum(resolved) / len(tasks))
            cells = " ".join(f"{s:7.2f}" for s in scores)
            print(f"{name:16} {cells}  {sum(scores) / len(scores):.3f}", flush=True)


if __name__ == "__main__":
    main()
