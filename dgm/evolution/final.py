"""The end of a run: the top agents re-evaluated, then scored on the held-out split.

Re-evaluation adds runs of every task an agent ran, so that "best" is not the
luckiest draw. Held-out results go only to the agents' records (`heldout_*`) and
to `final/<agent>/heldout.json`: never to diagnosis, self-modification, selection
or admission, which read the selection split's `attempts/<id>/evaluate.json`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from agents_archive import AgentRecord
from dgm.evolution.attempt import EVALUATION_FILE, load_evaluation, task_counter
from dgm.evolution.scoring import (
    imp_upto,
    improvement_at,
    merge_runs,
    ranked,
    runs_of,
    runs_of_record,
    score_fields,
    score_of,
)
from dgm.run.state import fold
from dgm.rundir import read_json, write_json_atomic
from evals.harness import TaskResult, task_results
from evals.task import Task
from ground.errors import BenchmarkError

if TYPE_CHECKING:
    from dgm.evolution.loop import Evolution

FINAL_DIR = "final"  # in the run directory: final/<agent>/{reevaluate,heldout}.json
HELDOUT = "heldout"


def finish(evo: Evolution) -> str | None:
    """Re-evaluate the top-k, then score them on the held-out split; a stop reason if cut short."""
    ev = evo.config.evaluation
    for record in ranked(evo.archive.agents(), evo.best_rule)[: ev.top_k]:
        if evo.stopping:
            return evo.stopping
        reevaluate(evo, record.id)
    return score_heldout_top(evo)


def score_heldout_top(evo: Evolution) -> str | None:
    """Score the top-k agents, the seed as the baseline and, once k of imp@k is reached, the
    best agent made up to k (imp@k's held-out figure), on the held-out split once each.

    Returns a stop reason if a stop request cut it short.
    """
    ids = heldout_ids(evo)
    records = evo.archive.agents()
    top = ranked(records, evo.best_rule)[: evo.config.evaluation.top_k]
    scored = (top + [r for r in records if r.parent is None and r not in top]) if top else []
    best = best_at_k(evo, records) if top else None
    for record in scored + ([best] if best is not None and best not in scored else []):
        if evo.stopping:
            return evo.stopping
        if ids and not record.heldout_runs:
            score_heldout(evo, record.id, ids)
    return None


def best_at_k(evo: Evolution, records: list[AgentRecord]) -> AgentRecord | None:
    """imp@k's best agent (HYPERAGENT_DESIGN 6.2) once the run has finished k iterations:
    the best, by the run's rule, among the agents made at iterations <= k; else None."""
    upto, reached = imp_upto(evo.config.evolution.imp_k, fold(evo.journal.events()).last_finished)
    imp = improvement_at(records, upto, evo.best_rule) if reached else None
    return next((r for r in records if imp is not None and r.id == imp.best), None)


def heldout_ids(evo: Evolution) -> list[str]:
    """The held-out tasks this run scores (none when the benchmark has no such split)."""
    try:
        ids = evo.svc.bench.split(HELDOUT)
    except BenchmarkError:
        return []
    return ids[: evo.config.evaluation.heldout_limit]


def reevaluate(evo: Evolution, agent: str) -> None:
    """Run every task the agent ran `final_repeats` more times; its score counts them all."""
    ev = evo.config.evaluation
    record = evo.archive.meta(agent)
    original = _first_runs(evo, record.id, record.extra.get("attempt_id", ""))
    if not ev.final_repeats or not original:
        return
    first = max(map(len, original.values()))
    tasks = [evo.svc.bench.task(t) for t in original]
    results = _evaluated(evo, agent, "reevaluate", tasks, ev.final_repeats, first)
    runs = merge_runs(original, runs_of(results))
    if runs == runs_of_record(record):
        return  # done in an earlier session
    fields = score_fields(runs)
    evo.archive.update_meta(agent, **fields)
    evo.journal.append("agent_reevaluated", time.time(), agent=agent, score=fields["score"],
                       runs=sum(map(len, runs.values())), wall_s=evo.wall_s())
    evo.show_archive()


def score_heldout(evo: Evolution, agent: str, ids: list[str]) -> None:
    """Score the agent on the held-out tasks; the result is for people, never for the loop."""
    tasks = [evo.svc.bench.task(t) for t in ids]
    results = _evaluated(evo, agent, HELDOUT, tasks, evo.config.evaluation.repeats, 0)
    runs = runs_of(results)
    score = score_of(runs)
    evo.archive.update_meta(agent, heldout_score=score.mean, heldout_interval=score.interval(),
                            heldout_runs=runs)
    evo.journal.append("heldout_evaluated", time.time(), agent=agent, score=score.mean,
                       runs=score.runs, wall_s=evo.wall_s())


def _first_runs(evo: Evolution, agent: str, attempt_id: str) -> dict[str, list[bool]]:
    """The runs of the agent's selection-split evaluations before the final phase: the
    evaluation that admitted it and, in HGM mode, each one-task evaluation the journal holds
    (the first outcome per task, as the loop recorded it)."""
    runs = runs_of(_first_evaluation(evo, attempt_id))
    for event in evo.journal.events():
        if event.kind == "task_evaluated" and event.data.get("agent") == agent:
            runs.setdefault(str(event.data["task"]), [bool(event.data.get("resolved"))])
    return runs


def _first_evaluation(evo: Evolution, attempt_id: str) -> list[TaskResult]:
    """The task results of the evaluation that admitted the agent."""
    folder = evo.run.attempts / attempt_id
    if not attempt_id or not (folder / EVALUATION_FILE).exists():
        return []
    return load_evaluation(folder).results


def _evaluated(evo: Evolution, agent: str, kind: str, tasks: list[Task], repeats: int,
               first_repeat: int) -> list[TaskResult]:
    """The task results of one final evaluation, run once and saved (a resume reads them)."""
    folder = final_dir(evo.run.root, agent)
    saved = folder / f"{kind}.json"
    if not saved.exists():
        key = f"final-{agent}-{kind}"
        agent_dir = evo.task_dir(evo.materialize(agent, folder / "agent"))
        evo.svc.progress(key, kind)
        results = evo.svc.harness.evaluate(
            agent_dir, tasks, key, evo.config.evaluation.workers, repeats,
            task_counter(evo.svc, key, len(tasks) * repeats), first_repeat=first_repeat)
        evo.svc.progress(key, None)
        evo.check_budget()
        write_json_atomic(saved, {"value": [r.to_dict() for r in results]})
    return task_results(read_json(saved)["value"])


def final_dir(run_root: Path, agent: str) -> Path:
    """Where an agent's final evaluations are saved."""
    return run_root / FINAL_DIR / agent
