"""Does a meta agent with memory make fewer duplicate children? (issue 19, HYPERAGENT_DESIGN 8.3)

    .venv/bin/python scripts/meta_memory_check.py OUT          # both runs into OUT/seed, OUT/memory
    .venv/bin/python scripts/meta_memory_check.py OUT --only seed --generations 8
    .venv/bin/python scripts/meta_memory_check.py OUT --read   # figures of runs already in OUT

Two hyperagent runs with one config (the toy's classic world on pytasks' small split, its
first --tasks tasks, same seed, same generations), run at the same time: the first from the
bundled seed (which gets the seed meta agent), the second from the memory meta agent of
tests/loop/fixtures/memory_meta (the seed, the seed meta agent, and the fixture's files over
them). For each it prints attempts, task duplicates (whole-tree duplicates plus admitted
children whose task agent was archived), no_change attempts, admitted children and wall time
(first to last journal event); with --json the same as one object. Everything comes from a
simulated model: the figures say what the memory program does, nothing about real models.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dgm.evolution.attempt import NO_CHANGE  # noqa: E402
from dgm.journal import Event, Journal  # noqa: E402
from dgm.views.attempts import count_attempts, task_duplicates  # noqa: E402

FIXTURE = ROOT / "tests" / "loop" / "fixtures" / "memory_meta"
SEED = ROOT / "agents_archive" / "seed"
SEED_META = ROOT / "agents_archive" / "seed_meta"
GENERATIONS, ATTEMPTS = 6, 3
TASKS = 3  # of the small split, per evaluation: the figures need attempts, not precise scores
RUNS = ("seed", "memory")

CONFIG = """\
# The memory comparison (HYPERAGENT_DESIGN 8.3): the toy's classic world, where one
# improvement made on one parent always gives the same tree, so duplicates are measurable.
seed = {seed}

[evolution]
mode = "hyperagent"
generations = {generations}
attempts_per_generation = {attempts}
stagnation_generations = 0        # never stop early: both runs make the same attempts
selection = "score_child_prop"
admission = "keep_all"

[evaluation]
benchmark = "pytasks"
stages = [{{ split = "small", limit = {tasks} }}]
workers = 2
agent_timeout_s = 120.0
top_k = 0                         # no final re-evaluation or held-out scoring: not measured

[budget]
wall_hours = 0.5                  # a safety net

[executor]
kind = "local"
workers = {workers}

[gateway]
provider = "toy"
model = "toy"

[gateway.providers.toy]
world = "classic"
"""


def config_text(generations: int = GENERATIONS, attempts: int = ATTEMPTS, seed: int = 0,
                workers: int = 2, tasks: int = TASKS) -> str:
    """The one config both runs use."""
    return CONFIG.format(generations=generations, attempts=attempts, seed=seed, workers=workers,
                         tasks=tasks)


def memory_agent(dest: Path) -> Path:
    """The memory meta agent's start directory: the seed, the seed meta agent, and the
    fixture's files over them (its own meta_agent.py and meta/memory.py)."""
    for source in (SEED, SEED_META, FIXTURE):
        shutil.copytree(source, dest, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def start(run_dir: Path, config: Path, begin: Path | None = None) -> subprocess.Popen[str]:
    """`dgm run` of a new run into `run_dir` (from `begin` when given), started."""
    command = [sys.executable, "-m", "dgm", "run", "--config", str(config),
               "--run-dir", str(run_dir)]
    if begin is not None:
        command += ["--from", str(begin)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def wait(process: subprocess.Popen[str], timeout_s: float) -> None:
    """Wait for a started run; RuntimeError with its error output when it failed."""
    try:
        _, stderr = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise RuntimeError(f"dgm run took over {timeout_s:.0f} s") from None
    if process.returncode != 0 or "Traceback" in stderr:
        raise RuntimeError(f"dgm run failed ({process.returncode}):\n{stderr[-3000:]}")


def figures(run_dir: Path) -> dict[str, Any]:
    """What the run's journal says: attempts, task duplicates, no_change attempts, and the
    seconds from its first event to its last."""
    events: list[Event] = list(Journal(run_dir / "journal.jsonl").events())
    counts = count_attempts(events, running=False)
    no_change = sum(e.kind == "child_discarded" and e.data.get("status") == NO_CHANGE
                    for e in events)
    generations = sum(e.kind == "generation_finished" for e in events)
    return {"attempts": counts["finished"], "generations": generations,
            "task_duplicates": task_duplicates(events), "whole_tree_duplicates":
            counts["duplicates"], "no_change": no_change, "admitted": counts["admitted"],
            "discarded": counts["discarded"],
            "wall_s": round(events[-1].at - events[0].at, 1) if events else None}


def measure(out: Path, which: tuple[str, ...] = RUNS, timeout_s: float = 3600,
            **config: int) -> dict[str, Any]:
    """Run the comparison's runs into `out`, at the same time, and return their figures (and
    each one's wall time)."""
    out.mkdir(parents=True, exist_ok=True)
    config_file = out / "memory_check.toml"
    config_file.write_text(config_text(**config), encoding="utf-8")
    began = time.monotonic()
    running = {name: start(out / name, config_file,
                           memory_agent(out / "memory_agent") if name == "memory" else None)
               for name in which}
    try:
        for process in running.values():
            wait(process, timeout_s - (time.monotonic() - began))
    finally:
        for process in running.values():
            stop(process)
    return {name: figures(out / name) for name in which}


def stop(process: subprocess.Popen[str]) -> None:
    """Stop a run still going as Ctrl-C twice does (it aborts, removing its sandboxes)."""
    for _ in range(2):
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            time.sleep(1)
    process.communicate()


def show(found: dict[str, Any]) -> str:
    """The figures as a small table, one row per run."""
    keys = ("attempts", "task_duplicates", "whole_tree_duplicates", "no_change", "admitted",
            "wall_s")
    lines = ["run     " + "  ".join(f"{k:>21}" for k in keys)]
    for name, row in found.items():
        lines.append(f"{name:<8}" + "  ".join(f"{row.get(k, '-')!s:>21}" for k in keys))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the runs (new runs must not exist)")
    parser.add_argument("--only", choices=RUNS, help="only this run")
    parser.add_argument("--generations", type=int, default=GENERATIONS)
    parser.add_argument("--attempts", type=int, default=ATTEMPTS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2, help="attempts at once")
    parser.add_argument("--tasks", type=int, default=TASKS, help="small-split tasks evaluated")
    parser.add_argument("--read", action="store_true", help="only read runs already in OUT")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    which = (args.only,) if args.only else RUNS
    if args.read:
        found: dict[str, Any] = {n: figures(args.out / n) for n in which
                                 if (args.out / n / "journal.jsonl").exists()}
    else:
        found = measure(args.out, which, generations=args.generations,
                        attempts=args.attempts, seed=args.seed, workers=args.workers,
                        tasks=args.tasks)
    print(json.dumps(found, indent=2) if args.json else show(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
