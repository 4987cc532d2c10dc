"""Mode hyperagent: the generational loop, where each parent's own meta agent makes its child.

The driver draws parents as in mode dgm; for each attempt it builds a read-only export of
the archive (dgm.evolution.export) and hands the parent's `meta_agent.py` the parent's
source to change (dgm.evolution.meta_attempt). What a child changed is recorded by part:
the task agent (everything but `meta_agent.py` and `meta/`), the meta agent, or both.

A child whose task part equals an archived agent's is a task duplicate: it adds nothing as
a task agent, so it does not reset the stagnation streak, and it reuses that agent's
evaluation instead of paying for it again. A child that only changed its meta agent's data
(memory, notes) is admitted (it may make better children) but is not new either; one that
changed meta-agent code is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from agents_archive.parts import (
    META,
    TASK,
    copy_task_part,
    part_of,
    parts_of,
    task_digest,
    touched_paths,
)
from dgm.evolution.attempt import (
    EVALUATED,
    EVALUATION_FILE,
    AttemptInputs,
    AttemptJob,
    AttemptResult,
    AttemptSpec,
)
from dgm.evolution.baselines import BASELINES, SEED
from dgm.evolution.export import ExportContext, ExportLimits, build_export
from dgm.evolution.loop import OK, Evolution
from dgm.evolution.modes import META_AGENT
from dgm.evolution.protocols import Archive, Executor, Services
from dgm.rundir import RunDir
from ground.agentfields import AgentExtra, RecordFields
from ground.jsontypes import JsonLike

CHANGED_FILES_SHOWN = 20  # paths per part kept in a record's extra.changed_files


class HyperagentEvolution(Evolution):
    """Drives a run of mode hyperagent."""

    def __init__(self, run: RunDir, services: Services, executor: Executor,
                 archive: Archive) -> None:
        super().__init__(run, services, executor, archive)
        self.specs: list[AttemptSpec] = []  # this generation's attempts (same_parent_before)

    def run_attempts(self, specs: list[AttemptSpec]) -> list[AttemptResult]:
        self.specs = specs
        return super().run_attempts(specs)

    def prepare(self, spec: AttemptSpec) -> AttemptJob:
        out = self.run.attempt(spec.attempt_id)
        return AttemptJob(spec, self.attempt_inputs(spec, out), out, step=META_AGENT)

    def attempt_inputs(self, spec: AttemptSpec, out: Path) -> AttemptInputs:
        """The parent's source, the meta agent that runs (the parent's, or the root's under
        frozen_meta), the archive's export, and the task parts whose scores can be reused."""
        evo = self.config.evolution
        parent_dir = self.materialize(spec.parent_id, out / "parent")
        frozen = BASELINES[evo.baseline].meta_agent == SEED
        meta_dir = self.materialize(self.archive.root_id, out / "meta_agent") if frozen \
            else parent_dir
        before = sum(1 for s in self.specs if s.parent_id == spec.parent_id
                     and s.index < spec.index)
        context = ExportContext(
            run_id=self.svc.run_id, iterations_left=max(0, evo.generations - spec.generation),
            generations_total=evo.generations, attempts_in_generation=len(self.specs) or 1,
            same_parent_before=before, diagnosis_retries=evo.diagnosis_retries,
            time_limit_s=evo.self_modify_timeout_s,
            selection_splits=tuple(s.split for s in self.config.evaluation.stages),
            sees_hidden_tests=evo.diagnosis_sees_hidden_tests)
        export = build_export(self.archive, self.run, self.svc.bench, spec,
                              ExportLimits.of(evo.hyperagent), context)
        return AttemptInputs(parent_dir, meta_dir, [], {}, export_dir=export,
                             iterations_left=context.iterations_left,
                             known_tasks=self.known_tasks() if evo.hyperagent.reuse_task_scores
                             else {}, attempts_dir=self.run.attempts, frozen_meta=frozen)

    def known_tasks(self) -> dict[str, tuple[str, str]]:
        """Archived task parts with a saved evaluation: digest -> (agent id, attempt id)."""
        known: dict[str, tuple[str, str]] = {}
        for record in self.archive.agents():
            digest, attempt = record.extra.get("task_digest"), record.extra.get("attempt_id")
            if digest and attempt and record.complete and \
                    (self.run.attempts / attempt / EVALUATION_FILE).exists():
                known.setdefault(str(digest), (record.id, str(attempt)))
        return known

    def root_extra(self, agent_dir: Path) -> AgentExtra:
        """The root changed nothing; its task digest lets children find it."""
        return {"parts": "none", "task_digest": task_digest(agent_dir)}

    def task_dir(self, agent_dir: Path) -> Path:
        """What task runs see of an agent: its tree without the meta part (next to it)."""
        dest = agent_dir.with_name(agent_dir.name + "-task")
        if dest.exists():
            shutil.rmtree(dest)
        return copy_task_part(agent_dir, dest)

    def admit_notes(self, result: AttemptResult) -> dict[str, JsonLike]:
        """What the child changed, and the archived agent whose task part it repeats (read
        before the child joins the archive)."""
        if result.status != EVALUATED:
            return {}
        digest = result.task_digest or ""
        duplicate_of = None
        if digest and TASK in parts_of(result.patch):
            duplicate_of = next((r.id for r in self.archive.agents()
                                 if r.extra.get("task_digest") == digest), None)
        return {"parts": result.parts or "none", "task_digest": digest,
                "task_duplicate_of": duplicate_of}

    def child_fields(self, result: AttemptResult, fields: RecordFields,
                     notes: dict[str, JsonLike]) -> RecordFields:
        """The record keeps the parts changed, the files by part, the task digest and, when
        the evaluation was reused, whose it was."""
        extra: AgentExtra = {**fields.get("extra", {}), "parts": str(notes["parts"]),
                             "task_digest": str(notes["task_digest"]),
                             "changed_files": changed_files(result.patch)}
        if result.scores_from:
            extra["scores_from"] = result.scores_from
        return {**fields, "extra": extra}

    def counts_as_new(self, result: AttemptResult, notes: dict[str, JsonLike]) -> bool:
        """New as a task agent (its task part is not archived), or new meta-agent code; a
        change to the meta agent's data alone (memory, notes) is not."""
        task_new = TASK in parts_of(result.patch) and notes.get("task_duplicate_of") is None
        return task_new or meta_code_changed(result.patch)

    def admission(self, result: AttemptResult) -> str:
        """A child that changed only its meta agent keeps its parent's task agent: judged by
        its task part it is its parent, so it is admitted whatever the policy."""
        if result.parts == META:
            return OK
        return super().admission(result)


def changed_files(patch: str) -> dict[str, list[str]]:
    """The paths a diff touches, by part (at most CHANGED_FILES_SHOWN each)."""
    out: dict[str, list[str]] = {TASK: [], META: []}
    for path in touched_paths(patch):
        names = out[part_of(path)]
        if path not in names and len(names) < CHANGED_FILES_SHOWN:
            names.append(path)
    return out


def meta_code_changed(patch: str) -> bool:
    """The diff changes meta-agent code (a .py file of the meta part), not only its data."""
    return any(part_of(p) == META and p.endswith(".py") for p in touched_paths(patch))
