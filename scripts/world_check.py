"""Does the toy's open world stay open-ended? Figures of one long run (issue 18, WORLD_DESIGN A.9).

    .venv/bin/python scripts/world_check.py RUN            # read a finished (or live) run
    .venv/bin/python scripts/world_check.py RUN --start 100  # first run configs/toyworld.toml
                                                              # for 100 generations into RUN

It prints, for the run's generations: distinct agents; improvements (children that beat their
parent on the tasks both ran; "beyond noise" when by more than the run's noise margin), in
all and after generation --after (default 30); the distinct changes behind them (mechanism and
parameters from the diagnosis' change line); how often the best score rose after --after;
broken and empty attempts; and the mechanisms admitted per block of 10 generations. With
--json the same figures as one object. Everything comes from a simulated model.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.strategies import SELECTIONS  # noqa: E402
from dgm.evolution.scoring import on_common_tasks, runs_of_record  # noqa: E402
from dgm.views.rundata import RunView, record_iteration  # noqa: E402

CHANGE = re.compile(r"change: (\{.*\})")
LABEL = "simulated model (toy world): says nothing about real models"


def change_of(statement: str) -> dict[str, Any] | None:
    """The diagnosis' machine-readable change line, if the statement has one."""
    found = CHANGE.search(statement)
    if not found:
        return None
    try:
        value = json.loads(found.group(1))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def figures(run: RunView, after: int, margin: float) -> dict[str, Any]:
    """The open-endedness figures of a run."""
    by_id = run.by_id
    rows = []
    for r in run.records:
        if r.parent is None or r.score is None or r.parent not in by_id:
            continue
        child, parent = on_common_tasks(runs_of_record(r), runs_of_record(by_id[r.parent]))
        change = change_of(r.problem_statement) or {}
        rows.append({"agent": r.id, "generation": record_iteration(r),
                     "gain": child.mean - parent.mean,
                     "change": json.dumps(change, sort_keys=True) if change else r.summary,
                     "mechanism": change.get("mechanism", "?")})
    better = [x for x in rows if x["gain"] > 0]
    beyond = [x for x in rows if x["gain"] > margin]
    late = [x for x in better if x["generation"] > after]
    statuses = Counter(a.status for a in run.attempts() if a.attempt_id[:1] == "g"
                       and a.attempt_id != "g000-seed")
    blocks: dict[str, Counter[str]] = {}
    for x in better:
        block = f"{(x['generation'] - 1) // 10 * 10 + 1}-{(x['generation'] - 1) // 10 * 10 + 10}"
        blocks.setdefault(block, Counter())[x["mechanism"]] += 1
    return {
        "simulated": True, "label": LABEL, "run": str(run.root),
        "generations": max((record_iteration(r) for r in run.records), default=0),
        "agents": len(run.records),
        "improvements": len(better), "improvements_beyond_noise": len(beyond),
        "improvements_after": len(late), "after": after,
        "distinct_improvements": len({x["change"] for x in better}),
        "distinct_mechanisms_improving": sorted({x["mechanism"] for x in better}),
        "best_rises_after": best_rises(run, after),
        "attempts": dict(statuses),
        "improving_mechanisms_per_10_generations": {k: dict(v) for k, v in blocks.items()},
    }


def best_rises(run: RunView, after: int) -> int:
    """How many times the best score so far rose in a generation after `after`."""
    best, rises = None, 0
    for r in sorted((r for r in run.records if r.score is not None), key=record_iteration):
        if best is None or r.score > best:  # type: ignore[operator]
            if best is not None and record_iteration(r) > after:
                rises += 1
            best = r.score
    return rises


def start(run_dir: Path, generations: int, selection: str) -> None:
    """Run configs/toyworld.toml for `generations` into `run_dir` (resumed if it exists),
    selecting agents on `selection` (benchmarks.strategies.SELECTIONS)."""
    dgm = [sys.executable, "-m", "dgm", "run"]
    if (run_dir / "journal.jsonl").exists():
        cmd = [*dgm, "--resume", str(run_dir), "--generations", str(generations)]
    else:
        cmd = [*dgm, "--config", str(ROOT / "configs" / "toyworld.toml"), "--run-dir",
               str(run_dir), "--generations", str(generations), "--set", "budget.wall_hours=0",
               "--set", "evolution.stagnation_generations=0", "--set", "evaluation.top_k=0",
               "--set", f"evaluation.stages={SELECTIONS[selection]}"]
    subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one run (started first with --start)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, help="the run directory")
    parser.add_argument("--start", type=int, metavar="GENERATIONS",
                        help="first run configs/toyworld.toml for this many generations")
    parser.add_argument("--after", type=int, default=30,
                        help="count improvements after this generation (default 30)")
    parser.add_argument("--selection", choices=list(SELECTIONS), default="staged",
                        help="with --start: the tasks agents are selected on, staged (10, then "
                             "10 more of medium from 0.4; default) or small (10)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if args.start is not None:
        if args.start < 1:
            parser.error("--start needs at least 1 generation")
        start(args.run, args.start, args.selection)
    run = RunView.require_run(args.run)
    margin = float(run.raw_config.get("evolution", {}).get("noise_margin", 0.1))
    out = figures(run, args.after, margin)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(LABEL)
    for key, value in out.items():
        if key not in ("simulated", "label"):
            print(f"{key:40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
