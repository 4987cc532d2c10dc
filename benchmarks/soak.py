"""Soak: a toy evolution run killed at random and resumed, against an uninterrupted twin.

    python benchmarks/soak.py --minutes 120 --kills 3 --seed 0 --out runs/soak [--json]

The twin (one `dgm run`, same config and seed) runs first, so its journal tells where
the kills can land; then the soaked run gets `--kills` SIGKILLs to its whole process
group at seeded random points of its progress, each followed by `dgm run --resume`,
until it stops by itself. Every few seconds the driver's open fds, threads and RSS
(/proc), the bytes of its run directory and temp folder, and the run's sandbox
containers are sampled (soak_probe). The bounds are stated in soak_checks (MARGINS,
DISK_SLACK); the exit code is 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import soak_compare  # noqa: E402  (run as a script, not only as a module)
from benchmarks.soak_checks import (  # noqa: E402
    bound_checks,
    check,
    container_check,
    disk_check,
    print_table,
    stale_check,
    summarise,
)
from benchmarks.soak_probe import Session, journal_lines, probe  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DGM = ROOT / ".venv" / "bin" / "dgm"
# Sizing, measured with configs/demo.toml on a 2-core machine: a generation (2 attempts)
# takes ~55 s, the seed's evaluation ~20 s, and each top agent's end-of-run re-evaluation
# and held-out scoring ~45 s. The twin gets TWIN_SHARE of the budget; the soaked run
# needs more (interrupted attempts are redone) and the checks a little.
GENERATION_S, SEED_S, FINAL_AGENT_S, TWIN_SHARE = 55.0, 20.0, 45.0, 0.4
# Kills land at random points of the twin's progress (its journal lines) in this window,
# not at wall times: a loaded machine slows both runs, so a kill never lands after the end.
KILL_WINDOW = (0.1, 0.85)
MIN_SESSION_S = 15.0  # a session lives at least this long before its kill


class SoakFailed(Exception):
    """The soak could not run its plan (the twin failed, kills do not fit); says the fix."""


@dataclass(frozen=True)
class Kill:
    """When to kill a session: `delay` s after the run's journal reaches `lines` lines."""

    lines: int
    delay: float


def plan(minutes: float, generations: int | None) -> dict[str, float]:
    """Generations and top_k that make the twin take about TWIN_SHARE of the budget."""
    budget = minutes * 60 * TWIN_SHARE
    top_k = 3 if budget > 1200 else 1
    fits = (budget - 2 * SEED_S - top_k * FINAL_AGENT_S) / GENERATION_S
    return {"generations": generations or max(1, round(fits)), "top_k": top_k,
            "wall_hours": round(minutes / 6, 2)}  # a safety net only: 10 x the budget


def new_command(run: Path, sizing: dict[str, float], seed: int) -> list[str]:
    """`dgm run` of a new run with the soak's sizing (the demo config otherwise)."""
    return [str(DGM), "run", "--config", str(ROOT / "configs/demo.toml"), "--run-dir", str(run),
            "--seed", str(seed), "--generations", str(int(sizing["generations"])),
            "--set", f"evaluation.top_k={int(sizing['top_k'])}",
            "--set", f"budget.wall_hours={sizing['wall_hours']}",
            # the toy stops finding improvements after a few generations: run them all anyway
            "--set", "evolution.stagnation_generations=0"]


def kill_plan(rng: random.Random, twin: Path, twin_wall: float, kills: int) -> list[Kill]:
    """Seeded kills at distinct journal lines of the window, each up to a mean gap later."""
    lines = journal_lines(twin)
    lo, hi = (max(1, int(share * lines)) for share in KILL_WINDOW)
    if hi - lo + 1 < kills:
        raise SoakFailed(f"{kills} kills do not fit in a run of {lines} journal lines; "
                         "pass more --minutes or fewer --kills")
    gap = twin_wall / max(1, lines)
    return [Kill(n, round(rng.uniform(0.0, gap), 1))
            for n in sorted(rng.sample(range(lo, hi + 1), kills))]


def drive(session: Session, cmd: list[str], run: Path, tmp: Path, log: Path, t0: float,
          kill: Kill | None, interval: float) -> None:
    """Run one driver in its own process group, sampling it; SIGKILL the group when due."""
    env = {**os.environ, "TMPDIR": str(tmp)}  # the driver's temp folders, to audit after
    start, due = time.monotonic(), None
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
                                start_new_session=True)
    try:
        while proc.poll() is None:
            now = time.monotonic()
            if kill is not None and due is None and journal_lines(run) >= kill.lines:
                due = max(now + kill.delay, start + MIN_SESSION_S)
            if due is not None and now >= due:
                os.killpg(proc.pid, signal.SIGKILL)  # a power cut: the driver and its children
                session.end = "killed"
                break
            sample = probe(proc.pid, [run, tmp], run.name, now - t0)
            if sample is not None:
                session.samples.append(sample)
            time.sleep(max(0.0, min(interval, (due or now + interval) - time.monotonic())))
    finally:
        if proc.poll() is None and session.end != "killed":  # the soak itself failed
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    session.end = session.end or f"exit {proc.returncode}"
    session.wall_s = round(time.monotonic() - start, 1)


def soak(args: argparse.Namespace) -> dict[str, object]:
    """The twin, then the soaked run with its kills; returns the report as JSON data."""
    # The drivers' temp folders, audited after: short, since a gateway's socket path in
    # there must fit AF_UNIX's 108 bytes.
    tmp = Path(tempfile.mkdtemp(prefix="soak-"))
    try:
        return soak_in(args, args.out.absolute(), tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def soak_in(args: argparse.Namespace, out: Path, tmp: Path) -> dict[str, object]:
    """The soak, its drivers' temp folders under `tmp`."""
    sizing, t0 = plan(args.minutes, args.generations), time.monotonic()
    twin, soaked = out / f"soak{args.seed}-twin", out / f"soak{args.seed}-killed"
    for folder in (out / "logs", tmp / "twin", tmp / "killed"):
        folder.mkdir(parents=True)
    sessions = [Session("twin", 1)]
    drive(sessions[0], new_command(twin, sizing, args.seed), twin, tmp / "twin",
          out / "logs/twin.log", t0, None, args.interval)
    if sessions[0].end != "exit 0":
        raise SoakFailed(f"the uninterrupted run failed ({sessions[0].end}); "
                         f"see {out / 'logs/twin.log'}")
    kills = kill_plan(random.Random(args.seed), twin, sessions[0].wall_s, args.kills)
    for index in range(1, args.kills + 2):
        cmd = new_command(soaked, sizing, args.seed) if index == 1 else \
            [str(DGM), "run", "--resume", str(soaked)]
        kill = kills[index - 1] if index <= len(kills) else None
        session = Session("killed", index)
        drive(session, cmd, soaked, tmp / "killed", out / f"logs/killed-{index}.log", t0,
              kill, args.interval)
        sessions.append(session)
        if session.end != "killed":
            break
    return report(args, sizing, sessions, twin, soaked, tmp)


def report(args: argparse.Namespace, sizing: dict[str, float], sessions: list[Session],
           twin: Path, soaked: Path, tmp: Path) -> dict[str, object]:
    """Summaries, checks and archive differences (with evidence) as one JSON document."""
    diffs = soak_compare.compare(twin, soaked)
    checks = {**run_checks(args, sessions, twin, soaked), **bound_checks(sessions)}
    checks["archives_identical"] = check(not diffs, f"{len(diffs)} record field(s) differ")
    twice = soak_compare.paid_twice(soaked)
    checks["paid_twice"] = check(True, (f"{sum(int(t['exchanges']) for t in twice.values())} "
                                        "exchange(s) billed again after a kill landed between "
                                        "ledger and recording (netted out; shown)"))
    checks["disk"] = disk_check(twin, soaked)
    for name in ("twin", "killed"):
        checks[f"stale_temp_{name}"] = stale_check(tmp / name)
    checks["containers_left"] = container_check([twin.name, soaked.name])
    return {"v": 1, "minutes": args.minutes, "kills": args.kills, "seed": args.seed,
            "sizing": sizing, "runs": {"twin": str(twin), "killed": str(soaked)},
            "summary": [summarise(s) for s in sessions],
            "sessions": [asdict(s) for s in sessions],
            "checks": checks, "ok": all(c["ok"] for c in checks.values()),
            "differences": [d.to_dict() for d in diffs],
            "evidence": soak_compare.evidence(twin, soaked, diffs)}


def run_checks(args: argparse.Namespace, sessions: list[Session], twin: Path, soaked: Path,
               ) -> dict[str, dict[str, object]]:
    """The kills landed, both runs stopped by themselves, both archives fsck clean."""
    kills = sum(s.end == "killed" for s in sessions)
    checks = {"kills": check(kills == args.kills, f"{kills} of {args.kills} SIGKILLs landed "
                             "before the run finished")}
    for name, run in (("twin", twin), ("killed", soaked)):
        status = json.loads(subprocess.run([str(DGM), "status", str(run), "--json"],
                                           capture_output=True, text=True).stdout or "{}")
        reason = f"{status.get('state')}/{status.get('stop_reason')}"
        checks[f"finished_{name}"] = check(reason == "stopped/generations", f"state {reason}")
        clean, lines = soak_compare.fsck(run)
        checks[f"fsck_{name}"] = check(clean, "clean" if clean else "; ".join(lines[:5]))
    return checks


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=120.0, help="the whole soak's budget")
    parser.add_argument("--kills", type=int, default=3, help="SIGKILLs to the soaked run")
    parser.add_argument("--seed", type=int, default=0, help="run seed and kill times")
    parser.add_argument("--out", type=Path, required=True, help="a new folder for both runs")
    parser.add_argument("--generations", type=int, help="instead of sizing from --minutes")
    parser.add_argument("--interval", type=float, default=3.0, help="seconds between samples")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty; pass a new --out folder", file=sys.stderr)
        return 2
    try:
        doc = soak(args)
    except SoakFailed as exc:
        print(exc, file=sys.stderr)
        return 2
    (args.out / "soak.json").write_text(json.dumps(doc, indent=1) + "\n")
    if args.json:
        print(json.dumps(doc, indent=1))
    else:
        print_table(doc)
    return 0 if doc["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
