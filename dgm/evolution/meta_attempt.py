"""One attempt of mode hyperagent: the parent's own meta agent makes the child.

In place of the host's diagnosis and self-modification, `meta_agent.py` of the parent (of
the root under `frozen_meta`) runs in a sandbox on a copy of the parent's source, with a
read-only export of the archive (dgm.evolution.export); the child is what it leaves there.
The rest is an ordinary attempt: the child must run (and its meta agent must load), then
it is evaluated, except when its task part is an archived agent's, whose evaluation it
reuses (task runs see the task part only, so the scores would be the same draws).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from agents_archive.layout import META_ENTRY
from agents_archive.parts import copy_task_part, only_part, parts_label, parts_of, task_digest
from dgm.evolution.attempt import (
    BROKEN,
    EVALUATED,
    EVALUATION_FILE,
    NO_CHANGE,
    Attempt,
    AttemptResult,
    _evaluation_from,
    _smoke_from,
    evaluate_agent,
)
from dgm.rundir import read_json, write_text_atomic
from evals.harness import EvalResult, SmokeResult
from ground.jsontypes import JsonObject, dataclass_from

META_STEP = "meta_agent"  # the step's name: meta_agent.json, meta_agent.log, meta_agent.out
SMOKE_FILE = "smoke.json"
SUMMARY_KEYS = ("improvement", "problem_statement", "diagnosis", "entry")  # summary.json


@dataclass(frozen=True)
class MetaOutcome:
    """What one run of a meta agent left: the diff of its workspace and how it ended."""

    patch: str
    exit_code: int | None
    timed_out: bool
    oom_killed: bool
    duration_s: float
    summary: dict[str, str]  # what it says it did (SUMMARY_KEYS), {} when it said nothing

    def to_dict(self) -> JsonObject:
        return dict(asdict(self))

    @classmethod
    def from_dict(cls, raw: JsonObject) -> MetaOutcome:
        return dataclass_from(cls, raw)


def read_summary(text: str) -> dict[str, str]:
    """The meta agent's summary.json as strings of the known keys ({} when not JSON)."""
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(data[k])[:4000] for k in SUMMARY_KEYS if data.get(k) is not None}


class MetaAttempt(Attempt):
    """Runs one hyperagent attempt; saves each step under `out` as Attempt does."""

    def run(self) -> AttemptResult:
        """Meta agent, smoke (and meta self-check), evaluate or reuse; return the result."""
        raw = self._step(META_STEP, lambda: self.meta_agent().to_dict(), _value)
        meta = MetaOutcome.from_dict(raw)
        patch = only_part(meta.patch, "task") if self.inputs.frozen_meta else meta.patch
        self.result.diagnosis = dict(meta.summary) or None
        self.result.patch = patch
        self.result.parts = parts_label(parts_of(patch))
        if not patch.strip():
            return self._finish(NO_CHANGE)
        child = self.materialize_child(patch)
        self.result.task_digest = task_digest(child)
        reused = self.inputs.known_tasks.get(self.result.task_digest)
        smoke = self._step("smoke", lambda: self.check(child, reused), _smoke_from)
        self.result.smoke = smoke
        if not smoke.passed:
            return self._finish(BROKEN)
        evaluation = self._step("evaluate", lambda: self.evaluate_or_reuse(child, reused),
                                _evaluation_from)
        if reused is not None:
            self.result.scores_from = reused[0]
        self.result.eval, self.result.score = evaluation, evaluation.score
        return self._finish(EVALUATED)

    def meta_agent(self) -> MetaOutcome:
        """Run the meta agent on a checkout of the parent's source; the diff is the child."""
        inputs = self.inputs
        assert inputs.export_dir is not None  # built by the hyperagent loop
        run = self.svc.harness.run_meta_agent(
            inputs.meta_agent_dir, inputs.parent_dir, inputs.export_dir,
            self._context(META_STEP), inputs.iterations_left,
            self.svc.config.evolution.self_modify_timeout_s)
        write_text_atomic(self.out / f"{META_STEP}.log", run.log)
        write_text_atomic(self.out / f"{META_STEP}.out", run.stdout_tail)
        if run.summary:
            write_text_atomic(self.out / "summary.json", run.summary)
        return MetaOutcome(run.patch, run.exit_code, run.timed_out, run.oom_killed,
                           round(run.duration_s, 3), read_summary(run.summary))

    def check(self, child: Path, reused: tuple[str, str] | None) -> SmokeResult:
        """The child's task agent must run (a reused agent's smoke run stands for it), and
        its meta agent, which will make the next children, must load."""
        smoke = self._reused_smoke(reused) or self.svc.harness.smoke(
            self.task_dir(child), self.svc.smoke_task(), self.spec.attempt_id)
        if not smoke.passed:
            return smoke
        if not (child / META_ENTRY).is_file():
            return SmokeResult("self-check", 1, False, 0.0, f"{META_ENTRY} is missing", "")
        # also when only the task part changed: the meta agent may import from it
        return self.svc.harness.self_check(child, META_ENTRY)

    def evaluate_or_reuse(self, child: Path, reused: tuple[str, str] | None) -> EvalResult:
        """The reused agent's evaluation, or a staged evaluation of the child's task part."""
        if reused is not None:
            saved = self.inputs.attempts_dir / reused[1] / EVALUATION_FILE
            if saved.exists():
                return _evaluation_from(read_json(saved))
        return evaluate_agent(self.svc, self.task_dir(child), self.spec.attempt_id)

    def task_dir(self, child: Path) -> Path:
        """The child without its meta part: what task runs see."""
        dest = self.out / "child-task"
        if dest.exists():
            shutil.rmtree(dest)
        return copy_task_part(child, dest)

    def _reused_smoke(self, reused: tuple[str, str] | None) -> SmokeResult | None:
        if reused is None:
            return None
        saved = self.inputs.attempts_dir / reused[1] / SMOKE_FILE
        return _smoke_from(read_json(saved)) if saved.exists() else None


def _value(raw: JsonObject) -> JsonObject:
    value = raw["value"]
    assert isinstance(value, dict)
    return value
