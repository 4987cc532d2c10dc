"""`dgm export`: an archived agent's predictions in SWE-bench's format (JSONL, or a JSON list).

Each prediction is {"instance_id", "model_name_or_path", "model_patch"}: the patch the agent
made on that instance during its evaluation, for SWE-bench's own harness to re-grade
(`swebench eval verified -p FILE`, which reads only `.jsonl` and `.json` files).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dgm.views.rundata import RunView
from ground.errors import DgmError

FORMATS = ("swebench",)
# The file names SWE-bench's reader (swebench.harness.utils.get_predictions_from_file) accepts.
SUFFIXES = (".jsonl", ".json")


def is_swebench(benchmark: str) -> bool:
    """Whether a run's `evaluation.benchmark` names SWE-bench instances."""
    kind, sep, _ = benchmark.partition(":")
    if sep and kind == "swebench":
        return True
    return not sep and Path(benchmark).suffix in (".json", ".jsonl")


def swebench_predictions(run: RunView, agent: str) -> list[dict[str, Any]]:
    """One prediction per instance the agent attempted (the first repeat's patch)."""
    record = run.record(agent)  # an unknown id is the first thing to report
    if not is_swebench(run.benchmark):
        raise DgmError(f"run {run.name} was scored on '{run.benchmark}', not on SWE-bench "
                       "instances, so there are no SWE-bench predictions to export",
                       "export from a run whose evaluation.benchmark is 'swebench:FILE'; "
                       "`dgm show RUN AGENT --json` has any run's per-task patches")
    evaluation = run.evaluation(record)
    if evaluation is None:
        raise DgmError(f"agent {record.id} has no saved evaluation in {run.root}",
                       "pick an evaluated agent (see `dgm tree RUN`); a run in progress "
                       "saves it when the agent's evaluation ends")
    name = f"dgm/{run.name}/{record.id}"
    seen: dict[str, dict[str, Any]] = {}
    for result in sorted(evaluation.get("results", []), key=lambda r: r.get("repeat") or 0):
        task = str(result.get("task_id", ""))
        if task and task not in seen:
            seen[task] = {"instance_id": task, "model_name_or_path": name,
                          "model_patch": result.get("patch") or ""}
    return list(seen.values())


def predictions_jsonl(rows: list[dict[str, Any]]) -> str:
    """JSONL: one compact object per line."""
    return "".join(json.dumps(row, separators=(",", ":")) + "\n" for row in rows)


def predictions_text(rows: list[dict[str, Any]], suffix: str = ".jsonl") -> str:
    """The file's text for its suffix: a JSON list for `.json`, JSONL otherwise (and on stdout)."""
    if suffix.lower() == ".json":
        return json.dumps(rows, indent=1) + "\n"
    return predictions_jsonl(rows)
