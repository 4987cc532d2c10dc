"""One self-improvement attempt: diagnose, self-modify, check the child runs, evaluate it.

Each step's output is saved in the attempt's directory as soon as it exists, so an
attempt re-run after a crash picks up where it stopped instead of paying again.
"""

from __future__ import annotations

import itertools
import random
import shutil
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from dgm.evolution.diagnose import (
    Diagnosis,
    agent_source_text,
    choose_entry,
    diagnose,
    diagnosis_results,
    evidence_text,
)
from dgm.evolution.modes import FIXED
from dgm.evolution.protocols import Services
from dgm.rundir import read_json, write_json_atomic, write_text_atomic
from evals.benchmark import HELDOUT, Benchmark
from evals.harness import EvalResult as EvalResult  # re-exported: the views read saved ones
from evals.harness import SmokeResult, json_object, stage_plan
from evals.harness import TaskResult as TaskResult  # re-exported likewise
from ground.context import CallContext
from ground.git import apply_to_dir
from ground.jsontypes import Json, JsonObject, dataclass_from

ATTEMPT_VERSION = 1
# What became of an attempt; only EVALUATED children enter the archive.
EVALUATED, NO_CHANGE, BROKEN, NO_DIAGNOSIS = "evaluated", "no_change", "broken", "no_diagnosis"
CHECKED = "checked"  # an expansion (evaluate=False): the child runs, and is not scored yet
EVALUATION_FILE = "evaluate.json"  # in an attempt's directory: {"value": EvalResult.to_dict()}
# What a step returns, and saves in its <step>.json.
T = TypeVar("T", bound="Diagnosis | SmokeResult | EvalResult | JsonObject | str | None")

SELF_MODIFY_PROBLEM = """\
This repository is the source code of a coding agent: you are improving the agent itself.
Its entry point is coding_agent.py and its tools live in tools/. Make the change below.
Keep the command line (--problem-file, --repo, --log-file) and the tools working.

# Improvement: {improvement}

{problem_statement}
"""


class BudgetStop(Exception):
    """A run budget ran out while work was in flight; the work is not kept."""


@dataclass(frozen=True)
class AttemptSpec:
    """What the driver asks of one attempt."""

    attempt_id: str
    generation: int
    index: int
    parent_id: str
    seed: int
    evaluate: bool = True  # False: stop once the child passed the smoke check (HGM expansion)
    task: str | None = None  # set: only run the parent on this one task (HGM evaluation)


HYPERAGENT_FIELDS = ("parts", "task_digest", "scores_from")  # AttemptResult's, mode hyperagent


@dataclass
class AttemptResult:
    """What an attempt produced; the driver archives the child from it."""

    attempt_id: str
    generation: int
    index: int
    parent_id: str
    status: str
    diagnosis: JsonObject | None = None  # Diagnosis.to_dict()
    patch: str = ""
    score: float | None = None
    eval: EvalResult | None = None
    smoke: SmokeResult | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    # Mode hyperagent: the parts the child's patch changed (task, meta, both, none), the
    # digest of its task part, and the agent whose evaluation it reused (same task part).
    parts: str | None = None
    task_digest: str | None = None
    scores_from: str | None = None
    v: int = ATTEMPT_VERSION

    def to_dict(self) -> JsonObject:
        """The JSON form saved as the attempt's result.json (mode hyperagent's fields only
        when set, so other modes write what they always wrote)."""
        raw = {**asdict(replace(self, eval=None, smoke=None)),
               "eval": self.eval.to_dict() if self.eval is not None else None,
               "smoke": self.smoke.to_dict() if self.smoke is not None else None}
        return {k: v for k, v in raw.items() if k not in HYPERAGENT_FIELDS or v is not None}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Json]) -> AttemptResult:
        """Rebuild from `to_dict` output."""
        ev, smoke = raw.get("eval"), raw.get("smoke")
        return dataclass_from(cls, {
            **raw, "eval": None if ev is None else EvalResult.from_dict(json_object(ev, "eval")),
            "smoke": None if smoke is None else SmokeResult.from_dict(json_object(smoke, "smoke"))})


@dataclass
class AttemptInputs:
    """Everything an attempt reads, prepared by the driver (so workers need no archive)."""

    parent_dir: Path  # the parent agent's source
    meta_agent_dir: Path  # the agent that makes the change (the parent, or a fixed one)
    parent_results: list[TaskResult]  # the parent's results as diagnosis may see them
    instructions: dict[str, str]  # task id -> instructions, for the diagnoser
    # Mode hyperagent (dgm.evolution.meta_attempt): the archive's export for the meta agent,
    # generations left after this one, archived task parts (digest -> (agent id, attempt
    # id)) whose evaluation a child with the same task part reuses, the run's attempts/
    # folder, and whether meta-agent edits are dropped (baseline frozen_meta).
    export_dir: Path | None = None
    iterations_left: int = 0
    known_tasks: dict[str, tuple[str, str]] = field(default_factory=dict)
    attempts_dir: Path = Path()
    frozen_meta: bool = False


def diagnosis_inputs(results: list[TaskResult], bench: Benchmark, sees_hidden_tests: bool,
                     ) -> tuple[list[TaskResult], dict[str, str]]:
    """The parent's results as diagnosis may see them, and the instructions of its failed tasks.

    Held-out tasks are left out whatever the switch says; hidden-test output is kept only
    with `sees_hidden_tests` (evolution.diagnosis_sees_hidden_tests).
    """
    visible = diagnosis_results(results, set(bench.split(HELDOUT)), sees_hidden_tests)
    instructions = {r.task_id: bench.task(r.task_id).instructions
                    for r in visible if not r.resolved}
    return visible, instructions


def save_evaluation(folder: Path, evaluation: EvalResult) -> None:
    """Save an attempt's evaluation (the seed's too) where the loop and the views read it."""
    write_json_atomic(folder / EVALUATION_FILE, _saved(evaluation))


def load_evaluation(folder: Path) -> EvalResult:
    """The evaluation saved in an attempt's directory."""
    return _evaluation_from(read_json(folder / EVALUATION_FILE))


@dataclass
class AttemptJob:
    """One attempt as handed to an executor: what to do, with what, and where to save steps."""

    spec: AttemptSpec
    inputs: AttemptInputs
    out: Path
    step: str = FIXED  # what makes the child (dgm.evolution.modes): FIXED or META_AGENT


class Attempt:
    """Runs one attempt with the run's services; saves each step under `out`."""

    def __init__(self, spec: AttemptSpec, inputs: AttemptInputs, services: Services,
                 out: Path) -> None:
        self.spec, self.inputs, self.svc, self.out = spec, inputs, services, out
        self.result = AttemptResult(spec.attempt_id, spec.generation, spec.index,
                                    spec.parent_id, status="running")

    def run(self) -> AttemptResult:
        """Diagnose, self-modify, smoke-check, evaluate; return (and save) the result."""
        if self.spec.task is not None:
            return self.run_one_task(self.spec.task)
        diag = self._step("diagnose", self.diagnose, _diagnosis_from)
        if diag is None:
            return self._finish(NO_DIAGNOSIS)
        self.result.diagnosis = diag.to_dict()
        patch = self._step("self_modify", lambda: self.self_modify(diag), _patch_from)
        self.result.patch = patch
        if not patch.strip():
            return self._finish(NO_CHANGE)
        child = self.materialize_child(patch)
        smoke = self._step("smoke", lambda: self.smoke(child), _smoke_from)
        self.result.smoke = smoke
        if not smoke.passed:
            return self._finish(BROKEN)
        if not self.spec.evaluate:
            return self._finish(CHECKED)
        evaluation = self._step("evaluate", lambda: self.evaluate(child), _evaluation_from)
        self.result.eval, self.result.score = evaluation, evaluation.score
        return self._finish(EVALUATED)

    def run_one_task(self, task_id: str) -> AttemptResult:
        """One run of the parent on one task, saved as a one-result evaluation."""
        evaluation = self._step("evaluate", lambda: self.evaluate_task(task_id),
                                _evaluation_from)
        self.result.eval, self.result.score = evaluation, evaluation.score
        return self._finish(EVALUATED)

    def evaluate_task(self, task_id: str) -> EvalResult:
        """Run the parent agent on one task of the run's benchmark."""
        task = self.svc.bench.task(task_id)
        result = self.svc.harness.run_task(self.inputs.parent_dir, task, self.spec.attempt_id)
        return EvalResult([result], [])

    def _step(self, name: str, fn: Callable[[], T], load: Callable[[JsonObject], T]) -> T:
        """Run a step once: its saved output (read back with `load`) is reused on a re-run."""
        saved = self.out / f"{name}.json"
        if saved.exists():
            return load(read_json(saved))
        self.svc.progress(self.spec.attempt_id, name)
        start = time.monotonic()
        value = fn()
        check_spent_or_interrupted(self.svc)  # the step may have been cut short: not kept
        self.result.seconds[name] = round(time.monotonic() - start, 3)
        write_json_atomic(saved, _saved(value))
        return value

    def _finish(self, status: str) -> AttemptResult:
        self.result.status = status
        write_json_atomic(self.out / "result.json", self.result.to_dict())
        return self.result

    def diagnose(self) -> Diagnosis | None:
        """Pick an entry from the parent's record and ask the diagnoser for one change."""
        rng = random.Random(f"{self.spec.seed}:{self.spec.attempt_id}:entry")
        results = self.inputs.parent_results
        entry = choose_entry(results, rng)
        evidence = evidence_text(entry, results, self.inputs.instructions.get(entry, ""))
        source = agent_source_text(self.inputs.parent_dir)
        complete = self.svc.completer(self._context("diagnoser"))
        return diagnose(complete, self.svc.model("diagnoser"), source, evidence, entry,
                        self.svc.config.evolution.diagnosis_retries)

    def self_modify(self, diag: Diagnosis) -> str:
        """Run the meta agent on a checkout of the parent's source; the diff is the child."""
        problem = SELF_MODIFY_PROBLEM.format(**diag.to_dict())
        run = self.svc.harness.run_agent(
            self.inputs.meta_agent_dir, problem, self.inputs.parent_dir,
            self._context("self_modifier"), self.svc.config.evolution.self_modify_timeout_s)
        write_text_atomic(self.out / "self_modify.log", run.log)
        write_text_atomic(self.out / "self_modify.out", run.stdout_tail)
        return run.patch

    def materialize_child(self, patch: str) -> Path:
        """The child's source: the parent's tree with the patch applied (host git, data only)."""
        child = self.out / "child"
        if child.exists():
            shutil.rmtree(child)
        shutil.copytree(self.inputs.parent_dir, child, ignore=shutil.ignore_patterns(".git"))
        apply_to_dir(patch.encode(), child)
        write_text_atomic(self.out / "child.patch", patch)
        return child

    def smoke(self, child: Path) -> SmokeResult:
        """The child must still run: one agent run on the smoke task."""
        return self.svc.harness.smoke(child, self.svc.smoke_task(), self.spec.attempt_id)

    def evaluate(self, child: Path) -> EvalResult:
        """Staged evaluation of the child on the run's benchmark."""
        return evaluate_agent(self.svc, child, self.spec.attempt_id)

    def _context(self, role: str) -> CallContext:
        """Diagnosis and self-modification draw afresh in each attempt (seeded by the run)."""
        draw = zlib.crc32(f"{self.spec.seed}:{self.spec.attempt_id}".encode())
        return CallContext(self.svc.run_id, self.spec.attempt_id, role, seed=draw)


def check_spent_or_interrupted(services: Services) -> None:
    """BudgetStop when a run budget ran out; the gateway's RunInterrupted (provider outage,
    full disk) when the work was cut short from outside the agent. Either way what the
    step produced is not kept, so a resumed run does it again."""
    if reason := services.budget_reason():
        raise BudgetStop(reason)
    if cause := services.interruption():
        raise cause


def evaluate_agent(services: Services, agent_dir: Path, key: str) -> EvalResult:
    """The run's staged evaluation of an agent, its tasks counted on the live view."""
    ev = services.config.evaluation
    total = sum(map(len, stage_plan(services.bench, ev.stages))) * ev.repeats
    return services.harness.evaluate_staged(agent_dir, services.bench, ev.stages, key,
                                            ev.workers, ev.repeats,
                                            on_result=task_counter(services, key, total))


def task_counter(services: Services, key: str, total: int) -> Callable[[TaskResult], None]:
    """A callback telling the live view of each finished task of evaluation `key`."""
    done = itertools.count(1)
    services.monitor.tasks(key, 0, total)

    def on_result(result: TaskResult) -> None:
        services.monitor.tasks(key, next(done), total)
        services.progress(key, f"task {result.task_id}")

    return on_result


def _saved(value: Diagnosis | SmokeResult | EvalResult | JsonObject | str | None,
           ) -> JsonObject:
    """A step's output as saved: a diagnosis as itself, anything else under "value"."""
    if isinstance(value, Diagnosis):
        return value.to_dict()
    if isinstance(value, SmokeResult | EvalResult):
        return {"value": value.to_dict()}
    return {"value": value}


def _diagnosis_from(raw: JsonObject) -> Diagnosis | None:
    return None if raw.get("value", 0) is None else Diagnosis.from_dict(raw)


def _patch_from(raw: JsonObject) -> str:
    return str(raw["value"])


def _smoke_from(raw: JsonObject) -> SmokeResult:
    return SmokeResult.from_dict(json_object(raw["value"], "a smoke result"))


def _evaluation_from(raw: JsonObject) -> EvalResult:
    return EvalResult.from_dict(json_object(raw["value"], "an evaluation"))
