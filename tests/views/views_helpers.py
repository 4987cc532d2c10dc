"""A synthetic run directory for the view tests: a real git archive, journal, ledger, attempts.

Built without Docker in the run's real layout, with the shapes the loop writes:

    seed (it0, 0.25)
    ├── retry (it1, 0.50)
    │   ├── output (it2, 0.75)  best
    │   │   └── long (it3, 0.50, rejected)
    │   └── narrow (it2, 0.25, rejected)
    └── context (it1, 0.00; its evaluate.json is missing)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from agents_archive import GitArchive
from dgm.config import RunConfig

TASKS = ["alpha-fix", "beta-feature", "gamma-bug", "delta-refactor"]
SWE_TASKS = ["astropy__astropy-12907", "django__django-11099", "sympy__sympy-20590",
             "psf__requests-2317"]
# name: (parent, attempt, iteration, resolved tasks (by index), status, summary)
PLAN: dict[str, tuple[str | None, str, int, set[int], str, str]] = {
    "seed": (None, "g000-seed", 0, {0}, "ok", "seed agent"),
    "retry": ("seed", "g001a00", 1, {0, 1}, "ok", "Retry failed edits"),
    "context": ("seed", "g001a01", 1, set(), "ok", "Bigger context window"),
    "output": ("retry", "g002a00", 2, {0, 1, 2}, "ok", "Show test output to the model"),
    "narrow": ("retry", "g002a01", 2, {3}, "rejected", "Narrow the search"),
    "long": ("output", "g003a00", 3, {0, 2}, "rejected", "Longer answers"),
}
NO_EVALUATION = "context"


def dgm(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`python -m dgm ARGS`, captured."""
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


def assert_user_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    """Exit 2 with one line saying what is wrong and how to fix it; no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dgm: error: "), result.stderr
    assert words in lines[0] and "; " in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def fingerprint(root: Path) -> dict[str, str]:
    """Every path under root with a hash of its bytes (directories as 'dir')."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def write_seed(dest: Path) -> Path:
    (dest / "tools").mkdir(parents=True)
    (dest / "coding_agent.py").write_text("MAX_TURNS = 7\n\n\ndef main():\n    return 0\n")
    (dest / "tools" / "bash.py").write_text("TIMEOUT = 30\n")
    return dest


def build_run(root: Path, benchmark: str = "pytasks") -> dict[str, str]:
    """A finished synthetic run at `root`; returns the agent id of each PLAN name."""
    tasks = SWE_TASKS if benchmark.startswith("swebench") else TASKS
    config = RunConfig(name="synth")
    config.evaluation.benchmark = benchmark
    config.evolution.generations = 3
    root.mkdir(parents=True)
    (root / "dgm.toml").write_text(config.to_toml())
    archive = GitArchive.create(root / "archive.git", write_seed(root / ".seed"),
                                {"summary": "seed agent"})
    shutil.rmtree(root / ".seed")
    ids: dict[str, str] = {}
    events: list[tuple[str, dict[str, Any]]] = [("run_started", {"seed": 0, "wall_s": 0.0})]
    for n, (name, (parent, attempt, it, wins, status, summary)) in enumerate(PLAN.items()):
        agent = _add_agent(root, archive, ids, name, parent, n)
        ids[name] = agent
        results = [_task_result(t, i in wins, name) for i, t in enumerate(tasks)]
        score = len(wins) / len(tasks)
        if name != NO_EVALUATION:
            _write_json(root / "attempts" / attempt / "evaluate.json",
                        {"value": {"v": 1, "score": score, "stages_run": ["small"],
                                   "results": results}})
        if parent:
            _write_json(root / "attempts" / attempt / "result.json", _attempt_result(
                attempt, it, ids[parent], score, summary))
        archive.update_meta(agent, score=score, status=status,
                            results={r["task_id"]: r["resolved"] for r in results},
                            problem_statement="" if not parent else f"Problem: {summary}.\n"
                            "The agent gives up too early; make it do better.",
                            cost_usd=0.01 * (n + 1), tokens=1000 * (n + 1),
                            extra={"attempt_id": attempt, "iteration": it, "stages": ["small"]})
        events += _events_for(name, attempt, it, agent, parent, ids, score, status)
    _write_discarded(root, ids)
    _write_journal(root, events)
    _write_ledger(root, tasks)
    return ids


def _add_agent(root: Path, archive: GitArchive, ids: dict[str, str], name: str,
               parent: str | None, n: int) -> str:
    if parent is None:
        return archive.root_id
    work = archive.materialize(ids[parent], root.parent / f".work-{name}")
    with open(work / "coding_agent.py", "a") as fh:
        fh.write(f"\n# change {n}: {name}\nSETTING_{n} = {n}\n")
    agent = archive.add(ids[parent], work, {"summary": PLAN[name][5]}).agent_id
    shutil.rmtree(work)
    return agent


def _task_result(task: str, resolved: bool, agent: str) -> dict[str, Any]:
    patch = (f"diff --git a/{task}.py b/{task}.py\n--- a/{task}.py\n+++ b/{task}.py\n"
             f"@@ -1 +1 @@\n-x = 0\n+x = 1  # by {agent}\n")
    return {"task_id": task, "resolved": resolved, "empty_patch": False, "patch_applied": True,
            "timed_out": False, "repeat": 0, "agent_exit_code": 0, "agent_timed_out": False,
            "agent_s": 3.5, "grade_s": 1.0, "test_output_tail": "1 passed" if resolved else
            "1 failed", "log_tail": "", "patch": patch, "tokens": 250, "usd": 0.0025,
            "error": None, "v": 1}


def _attempt_result(attempt: str, it: int, parent: str, score: float,
                    summary: str) -> dict[str, Any]:
    return {"attempt_id": attempt, "generation": it, "index": int(attempt[-2:]),
            "parent_id": parent, "status": "evaluated", "score": score,
            "diagnosis": {"improvement": summary, "problem_statement": summary},
            "patch": "", "eval": None, "smoke": None, "seconds": {}, "error": None, "v": 1}


def _events_for(name: str, attempt: str, it: int, agent: str, parent: str | None,
                ids: dict[str, str], score: float, status: str) -> list[tuple[str, dict]]:
    if parent is None:
        return [("seed_evaluated", {"agent": agent, "score": score, "wall_s": 10.0})]
    return [("attempt_started", {"attempt": attempt, "parent": ids[parent]}),
            ("attempt_finished", {"attempt": attempt, "status": "evaluated", "score": score}),
            ("child_admitted", {"attempt": attempt, "agent": agent, "status": status,
                                "score": score})]


def _write_discarded(root: Path, ids: dict[str, str]) -> None:
    """An attempt whose child did not run (broken): a result but no agent."""
    _write_json(root / "attempts" / "g002a02" / "result.json", {
        **_attempt_result("g002a02", 2, ids["retry"], 0.0, "Break things"),
        "status": "broken", "score": None})


def _write_journal(root: Path, events: list[tuple[str, dict[str, Any]]]) -> None:
    order = [e for e in events if e[0] in ("run_started", "seed_evaluated")]
    for gen in (1, 2, 3):
        mine = [e for e in events if str(e[1].get("attempt", "")).startswith(f"g{gen:03d}")]
        order.append(("generation_started", {"generation": gen, "parents": []}))
        order += mine
        if gen == 2:
            order.append(("child_discarded", {"attempt": "g002a02", "status": "broken"}))
        order.append(("generation_finished", {"generation": gen, "archive_size": 0,
                                              "wall_s": 20.0 * gen}))
    order.append(("run_stopped", {"reason": "generations", "wall_s": 61.0}))
    lines = [json.dumps({"kind": k, "at": 1.7e9 + i, "data": d, "v": 1}, separators=(",", ":"))
             for i, (k, d) in enumerate(order)]
    (root / "journal.jsonl").write_text("\n".join(lines) + "\n")


def _write_ledger(root: Path, tasks: list[str]) -> None:
    rows = []
    for attempt in [p[1] for p in PLAN.values()] + ["g002a02"]:
        ids = [attempt] if attempt != "g000-seed" else []
        ids += [f"{attempt}/{t}/r0" for t in tasks]
        for seq, aid in enumerate(ids):
            role = "coding_agent" if "/" in aid else "self_modifier"
            rows.append({"run_id": "synth", "attempt_id": aid, "role": role, "provider": "toy",
                         "model": "toy", "seq": seq, "input_tokens": 200, "output_tokens": 50,
                         "usd": 0.0025, "time": 1.7e9 + seq, "format": 1})
    (root / "ledger.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1))


def crash(root: Path) -> None:
    """What a kill -9 mid-write leaves: torn journal and ledger lines, a half-made attempt."""
    with open(root / "journal.jsonl", "a") as fh:
        fh.write('{"kind":"run_resumed","at":1.8e9,"data":{"seed":0,"wall_s":61.0},"v":1}\n'
                 '{"kind":"generation_started","at":1.8e9,"data":{"generation":4,'
                 '"parents":[]},"v":1}\n'
                 '{"kind":"attempt_started","at":1.8e9,"data":{"attempt":"g004a0')
    with open(root / "ledger.jsonl", "a") as fh:
        fh.write('{"run_id":"synth","attempt_id":"g004a00","role":"diag')
    (root / "attempts" / "g004a00").mkdir()
    (root / "attempts" / "g004a00" / "diagnose.json").write_text('{"improvement": "x"}')
    (root / "attempts" / "g003a00" / "evaluate.json").unlink()
