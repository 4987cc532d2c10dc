"""Calibrating the toy's open world: score mechanism stacks side by side (WORLD_DESIGN.md A.9).

    .venv/bin/python scripts/world_calibrate.py                       # the canonical stacks
    .venv/bin/python scripts/world_calibrate.py --split small \\
        --stack "turns=turn_limit:turns=30" --stack "both=turn_limit:turns=30+truncate"

Each stack is the seed with mechanisms applied in order (`mechanism[:param=value,...]`,
joined by `+`; parameters left out are drawn from --seed and the mechanism's name, alike in
every stack), written to OUT/agents/NAME and scored with `dgm eval` on the open world
(configs/toyworld.toml). For every task a stack did not solve, the last step the toy coder
tagged in its answers says why (give_up, slip, overflow, ...): the table shows, per stack,
its score, the tasks it gained and lost against the first stack, what it cost and how its
failures split. Ranking single mechanisms against the seed shows whether each pays on its
own; the stacks, whether fixes compound or only reveal the next failure. Every figure
comes from a simulated model.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dgm.toy.mechanisms import MECHANISMS, improve  # noqa: E402

SEED_AGENT = ROOT / "agents_archive" / "seed"
CONFIG = ROOT / "configs" / "toyworld.toml"
TAG = re.compile(r"\(step: (\w+), why: (\w+)")
LABEL = "simulated model (toy world): says nothing about real models"

# The seed, each mechanism that fixes a failure the seed shows on its own, then stacks.
CANONICAL = [
    "seed=",
    "turns=turn_limit:turns=40",
    "truncate=truncate",
    "retry=retry_empty",
    "compile=compile_check",
    "verify=verify_on_done",
    "partial=continue_when_partial",
    "preload=preload_files",
    "compact=compact_history",
    "turns+truncate=turn_limit:turns=40+truncate",
    "turns+truncate+retry=turn_limit:turns=40+truncate+retry_empty",
    "five=turn_limit:turns=40+truncate+retry_empty+compile_check+continue_when_partial",
    "eight=turn_limit:turns=40+truncate+retry_empty+compile_check+continue_when_partial"
    "+verify_on_done+baseline_tests+preload_files",
]


def parse_stack(text: str) -> tuple[str, list[tuple[str, dict[str, int | float | str]]]]:
    """NAME=mech[:k=v,...]+mech... -> (name, [(mechanism, params given)])."""
    name, sep, body = text.partition("=")
    if not sep or not name:
        raise SystemExit(f"error: stack {text!r} must be NAME=MECHANISM[+MECHANISM...] "
                         "(NAME= alone is the seed)")
    steps = []
    for part in filter(None, body.split("+")):
        mech, _, params = part.partition(":")
        if mech not in MECHANISMS:
            raise SystemExit(f"error: unknown mechanism {mech!r} in stack {name!r}; choose "
                             f"from {', '.join(MECHANISMS)}")
        given: dict[str, int | float | str] = {}
        for pair in filter(None, params.split(",")):
            key, _, value = pair.partition("=")
            given[key] = _number(value)
        steps.append((mech, given))
    return name, steps


def _number(value: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def build(name: str, steps: list[tuple[str, dict[str, Any]]], out: Path, seed: int) -> Path:
    """The seed with `steps` applied, written to out/agents/NAME."""
    files = {str(p.relative_to(SEED_AGENT)): p.read_text() for p in SEED_AGENT.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    for mech, given in steps:
        rng = random.Random(f"{seed}:{mech}")  # a mechanism draws alike in every stack
        params = {**MECHANISMS[mech].draw(rng), **given}
        files, _, _ = improve(files, mech, rng, params=params)
    agent = out / "agents" / name
    shutil.rmtree(agent, ignore_errors=True)
    for rel, text in files.items():
        (agent / rel).parent.mkdir(parents=True, exist_ok=True)
        (agent / rel).write_text(text)
    return agent


def last_steps(recordings: Path, task: str) -> str:
    """The coder's last tagged step of a task run, as step:why ('none' when it tagged none)."""
    folders = sorted(glob.glob(str(recordings / f"*_{task}_r0")))
    last = "none"
    for path in sorted(glob.glob(f"{folders[0]}/*.json")) if folders else []:
        response = json.loads(Path(path).read_text()).get("response") or {}
        for block in response.get("content", []):
            found = TAG.search(block.get("text", "")) if isinstance(block, dict) else None
            if found:
                last = f"{found.group(1)}:{found.group(2)}"
    return last


def failure(result: dict[str, Any], step: str) -> str:
    """Why an unsolved task failed, from its last tagged step and the result."""
    kind, _, why = step.partition(":")
    if "too long" in str(result.get("error") or "") + str(result.get("log_tail") or ""):
        return "overflow"
    if kind in ("explore", "wander", "test", "edit", "fix") and not why.startswith("finished"):
        return "out_of_turns" if kind != "wander" else "overflow"
    return why or kind


def score(name: str, agent: Path, out: Path, split: str, seed: int) -> dict[str, Any]:
    """`dgm eval` of one agent; its score, cost and failures by kind."""
    where = out / "evals" / name
    shutil.rmtree(where, ignore_errors=True)
    where.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "dgm"), "eval", str(agent),
                           "--benchmark", "toyworld", "--split", split, "--config", str(CONFIG),
                           "--seed", str(seed), "--json", "--out", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: dgm eval of {name} failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    failures = Counter(failure(r, last_steps(where / "recordings", r["task_id"]))
                       for r in report["results"] if not r["resolved"])
    summary = report["summary"]
    return {"stack": name, "score": summary["score"], "resolved": summary["resolved"],
            "tasks": summary["tasks"], "usd": summary["usd"],
            "solved": sorted(r["task_id"] for r in report["results"] if r["resolved"]),
            "failures": dict(failures.most_common())}


def table(rows: list[dict[str, Any]]) -> str:
    """Stacks side by side, with the change against the first row (the seed)."""
    base = set(rows[0]["solved"]) if rows else set()
    lines = [f"{'stack':<22}{'score':>7}{'gained':>8}{'lost':>6}{'usd':>8}  failures"]
    for row in rows:
        solved = set(row["solved"])
        fails = ", ".join(f"{k} {v}" for k, v in row["failures"].items())
        lines.append(f"{row['stack']:<22}{row['score']:>7.3f}{len(solved - base):>8}"
                     f"{len(base - solved):>6}{row['usd']:>8.2f}  {fails}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", action="append", default=[],
                        help="NAME=MECHANISM[:K=V,...][+MECHANISM...] (repeatable; default: "
                             "the canonical stacks)")
    parser.add_argument("--split", default="medium", help="toyworld split (default: medium)")
    parser.add_argument("--seed", type=int, default=0, help="toy seed and parameter draws")
    parser.add_argument("--out", type=Path, default=Path("runs/calibrate"),
                        help="folder for the agents, evaluations and results.json")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    stacks = [parse_stack(s) for s in (args.stack or CANONICAL)]
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, steps in stacks:
        agent = build(name, steps, args.out, args.seed)
        rows.append(score(name, agent, args.out, args.split, args.seed))
        if not args.json:
            print(f"  {name}: {rows[-1]['score']:.3f}", file=sys.stderr, flush=True)
    (args.out / "results.json").write_text(json.dumps(
        {"simulated": True, "label": LABEL, "split": args.split, "rows": rows}, indent=1))
    print(json.dumps(rows, indent=1) if args.json else f"{LABEL}\n{table(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
