"""The evolution loop: run -> generation -> select_parents -> attempts -> admit.

The driver is the only writer of the archive and the journal. Each generation's
parents are drawn from a generator seeded by (run seed, generation) and its
children are admitted in attempt order, so a run resumed after a crash ends with
the same archive as an uninterrupted one.
"""

from __future__ import annotations

import random
import shutil
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path

from dgm.evolution.admission import get_policy
from dgm.evolution.attempt import (
    EVALUATED,
    EVALUATION_FILE,
    AttemptInputs,
    AttemptJob,
    AttemptResult,
    AttemptSpec,
    BudgetStop,
    check_spent_or_interrupted,
    diagnosis_inputs,
    evaluate_agent,
    load_evaluation,
    save_evaluation,
)
from dgm.evolution.baselines import BASELINES, SEED
from dgm.evolution.final import finish, score_heldout_top
from dgm.evolution.protocols import Archive, Executor, Services
from dgm.evolution.scoring import (
    BestRule,
    best_agent,
    on_common_tasks,
    runs_of,
    runs_of_record,
    score_fields,
)
from dgm.evolution.selection import Candidate, candidates_from, select_parents
from dgm.journal import Journal
from dgm.run.state import RunState, fold
from dgm.rundir import RunDir, read_json
from evals.harness import EvalResult
from ground.agentfields import AgentExtra, RecordFields
from ground.errors import DiskFull, RunInterrupted
from ground.jsontypes import JsonLike

SEED_ATTEMPT = "g000-seed"
OK, REJECTED = "ok", "rejected"  # archive statuses: may be a parent / kept but may not
ATTEMPT_RETRIES = 1  # re-runs of an attempt that failed for reasons outside the agent
GENERATIONS = "generations"  # stop reason: every generation of the config ran


class Evolution:
    """Drives one run; `services` holds the gateway, harness, benchmark and display hooks."""

    def __init__(self, run: RunDir, services: Services, executor: Executor,
                 archive: Archive) -> None:
        self.run, self.svc, self.executor, self.archive = run, services, executor, archive
        self.config = services.config
        self.journal = Journal(run.journal)
        self.stopping: str | None = None
        self.session_start = time.monotonic()
        self.base_wall_s = 0.0  # wall time of earlier sessions, read from the journal at start
        self.generation_s: list[float] = []  # how long each generation of this session took
        self.in_flight: dict[str, None] = {}  # attempts started and not finished, in order

    def start(self, resumed: bool) -> str:
        """Run until a stop condition; return why it stopped."""
        state = fold(self.journal.events())  # a damaged line stops the run: RunError
        self.base_wall_s = state.wall_s
        self.svc.monitor.set_elapsed(state.wall_s)
        self.svc.monitor.update(generations_total=self.config.evolution.generations)
        kind = "run_resumed" if resumed else "run_started"
        self.journal.append(kind, time.time(), seed=self.config.seed, wall_s=state.wall_s)
        if self.stopping:  # asked for before the start was journaled: say so after it
            self.request_stop(self.stopping)
        self.show_archive()
        try:
            # A spent budget stops the run before any work that needs the model, the seed's
            # evaluation included (a resume of a spent run does nothing).
            reason = self.spent()
            if not reason and not state.seed_done:
                self.evaluate_seed()
            reason = reason or self.evolve(state)
        except BudgetStop as exc:
            reason = str(exc)
        except RunInterrupted as exc:
            self.journal_interruption(exc)
            raise
        self.journal.append("run_stopped", time.time(), reason=reason, wall_s=self.wall_s())
        return reason

    def evolve(self, state: RunState) -> str:
        """Generations until a stop condition; a normal end runs the final top-k evaluation."""
        while not (reason := self.stop_reason(state)):
            gen = state.next_generation
            new_agents = self.generation(gen, state.parents_of(gen))
            if new_agents is not None:
                state = state.with_finished(gen, new_agents > 0)
        if reason == self.end_reason(state):
            reason = finish(self) or reason
        return reason

    @property
    def best_rule(self) -> BestRule:
        """How this run names its best agent (by score; by the posterior in mode hgm)."""
        return self.config.evolution.best_rule()

    def journal_interruption(self, cause: RunInterrupted) -> None:
        """Journal what a provider outage or full disk cut short, as far as the disk allows:
        each attempt in flight (re-run on resume), then the stop."""
        try:
            kind = "disk full" if isinstance(cause, DiskFull) else "provider unavailable"
            for attempt in list(self.in_flight):
                self.journal.append("attempt_interrupted", time.time(), attempt=attempt,
                                    cause=kind)
            self.journal.append("run_stopped", time.time(), reason=cause.message[:500],
                                wall_s=self.wall_s())
        except (OSError, DiskFull):
            pass  # a full disk: the run reads as crashed, and resumes the same way

    def spent(self) -> str | None:
        """Which budget is spent (wall time, or the gateway's run budgets), or None."""
        hours = self.config.budget.wall_hours
        if hours and self.wall_s() >= hours * 3600:
            return "wall_time"
        return self.svc.budget_reason()

    def wall_s(self) -> float:
        return round(self.base_wall_s + time.monotonic() - self.session_start, 3)

    def request_stop(self, reason: str) -> None:
        """Stop after the attempts in flight; journaled at once, so `dgm status` tells.

        Safe in a signal handler: the journal is only ever appended to from this (main)
        thread, and an append is one write of one whole line.
        """
        self.stopping = reason
        self.journal.append("run_stopping", time.time(), reason=reason, wall_s=self.wall_s())

    def stop_reason(self, state: RunState) -> str | None:
        """Why the run must stop now, or None to go on."""
        if self.stopping:
            return self.stopping
        return self.end_reason(state) or self.spent()

    def end_reason(self, state: RunState) -> str | None:
        """Why the run is done, or None: every generation ran, or the last
        `stagnation_generations` in a row admitted no new agent."""
        evo = self.config.evolution
        if state.next_generation > evo.generations:
            return GENERATIONS
        streak = state.stagnant_generations
        if evo.stagnation_generations and streak >= evo.stagnation_generations:
            return f"stagnant: {streak} generations in a row produced no new agent"
        return None

    def evaluate_seed(self) -> None:
        """Generation 0: score the seed agent."""
        root = self.archive.root_id
        out = self.run.attempt(SEED_ATTEMPT)
        agent_dir = self.materialize(root, out / "agent")
        if not (out / EVALUATION_FILE).exists():
            self.journal.append("attempt_started", time.time(), attempt=SEED_ATTEMPT,
                                parent=None)
            self.svc.progress(SEED_ATTEMPT, "evaluate")
            self.in_flight[SEED_ATTEMPT] = None
            outcome = evaluate_agent(self.svc, self.task_dir(agent_dir), SEED_ATTEMPT)
            check_spent_or_interrupted(self.svc)
            save_evaluation(out, outcome)
            self.in_flight.pop(SEED_ATTEMPT, None)
        self.svc.progress(SEED_ATTEMPT, None)
        evaluation = load_evaluation(out)
        fields: RecordFields = {**self.eval_meta(evaluation, SEED_ATTEMPT, 0), "status": OK}
        # keeps what the root was created with (extra.origin of a run started --from)
        fields["extra"] = {**self.archive.meta(root).extra, **fields["extra"],
                           **self.root_extra(agent_dir)}
        self.archive.update_meta(root, **fields)
        self.journal.append("seed_evaluated", time.time(), agent=root, attempt=SEED_ATTEMPT,
                            score=evaluation.score, wall_s=self.wall_s())
        self.show_archive()

    def generation(self, gen: int, parents: list[str] | None) -> int | None:
        """Select parents, run their attempts, admit the children in attempt order.

        Returns how many new agents it admitted, or None when a graceful stop left some
        attempts unrun.
        """
        self.svc.monitor.update(generation=gen)
        began = time.monotonic()
        if parents is None:
            parents = self.select_parents(gen)
            self.journal.append("generation_started", time.time(), generation=gen,
                                parents=parents)
        specs = [AttemptSpec(f"g{gen:03d}a{i:02d}", gen, i, p, self.config.seed)
                 for i, p in enumerate(parents)]
        results = self.run_attempts(specs)
        if len(results) < len(specs):
            return None
        new_agents = sum(self.admit(result) for result in results)
        self.show_archive()
        self.journal.append("generation_finished", time.time(), generation=gen,
                            archive_size=len(self.archive.agents()), wall_s=self.wall_s())
        every = self.config.evaluation.heldout_every
        if every and gen % every == 0:
            score_heldout_top(self)
        self.forecast(gen, time.monotonic() - began)
        return new_agents

    def forecast(self, gen: int, seconds: float) -> None:
        """Tell the live display when the run should end: generations left x average time."""
        self.generation_s.append(seconds)
        average = sum(self.generation_s) / len(self.generation_s)
        left = max(0, self.config.evolution.generations - gen) * average
        if self.config.budget.wall_hours:
            left = min(left, max(0.0, self.config.budget.wall_hours * 3600 - self.wall_s()))
        self.svc.monitor.expect_end(left)

    def show_archive(self) -> None:
        """Tell the live display the archive's size and best agent."""
        records = self.archive.agents()
        best = best_agent(records, self.best_rule)
        self.svc.monitor.update(archive_size=len(records), best_score=best and best.score,
                                best_agent=best and best.id)

    def select_parents(self, gen: int) -> list[str]:
        """Draw this generation's parents from the eligible agents."""
        evo = self.config.evolution
        strategy = BASELINES[evo.baseline].selection or evo.selection
        rng = random.Random(f"{self.config.seed}:generation:{gen}")
        return select_parents(strategy, self.candidates(), evo.attempts_per_generation, rng)

    def candidates(self) -> list[Candidate]:
        """Agents that may be parents, with what the strategies weigh."""
        return candidates_from(self.archive.agents(), OK)

    def run_attempts(self, specs: list[AttemptSpec]) -> list[AttemptResult]:
        """Run the unfinished attempts through the executor; results in attempt order."""
        results: dict[str, AttemptResult] = {}
        pending: dict[Future[AttemptResult], AttemptSpec] = {}
        for spec in specs:
            saved = self.run.attempts / spec.attempt_id / "result.json"
            if saved.exists():
                results[spec.attempt_id] = AttemptResult.from_dict(read_json(saved))
            elif not self.stopping:
                self.journal.append("attempt_started", time.time(), attempt=spec.attempt_id,
                                    parent=spec.parent_id)
                self.in_flight[spec.attempt_id] = None
                pending[self.executor.submit(self.prepare(spec))] = spec
        failures: dict[str, int] = {}
        while pending:
            done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in done:
                spec = pending.pop(fut)
                try:
                    result = fut.result()
                except (BudgetStop, RunInterrupted):
                    raise
                except Exception as exc:  # infrastructure, not the agent: retry, then stop
                    if cause := self.svc.interruption():
                        raise cause from exc  # the provider or the disk, not this attempt
                    failures[spec.attempt_id] = failures.get(spec.attempt_id, 0) + 1
                    self.journal.append("attempt_error", time.time(), attempt=spec.attempt_id,
                                        error=f"{type(exc).__name__}: {exc}"[:2000])
                    if failures[spec.attempt_id] <= ATTEMPT_RETRIES and not self.stopping:
                        pending[self.executor.submit(self.prepare(spec))] = spec
                    else:
                        self.stopping = f"error in attempt {spec.attempt_id}: {exc}"[:500]
                    continue
                results[spec.attempt_id] = result
                self.journal.append("attempt_finished", time.time(), attempt=spec.attempt_id,
                                    status=result.status, score=result.score)
                self.in_flight.pop(spec.attempt_id, None)
        self.check_budget()
        return [results[s.attempt_id] for s in specs if s.attempt_id in results]

    def prepare(self, spec: AttemptSpec) -> AttemptJob:
        """Everything an attempt needs, read from the archive here, on the driver."""
        out = self.run.attempt(spec.attempt_id)
        return AttemptJob(spec, self.attempt_inputs(spec, out), out)

    def attempt_inputs(self, spec: AttemptSpec, out: Path) -> AttemptInputs:
        """Materialise the parent (and meta agent) and load the parent's evaluation logs."""
        parent_dir = self.materialize(spec.parent_id, out / "parent")
        meta_dir = parent_dir
        if BASELINES[self.config.evolution.baseline].meta_agent == SEED:
            meta_dir = self.materialize(self.archive.root_id, out / "meta_agent")
        record = self.archive.meta(spec.parent_id)
        evaluation = load_evaluation(self.run.attempts / record.extra["attempt_id"])
        results, instructions = diagnosis_inputs(
            evaluation.results, self.svc.bench, self.config.evolution.diagnosis_sees_hidden_tests)
        return AttemptInputs(parent_dir, meta_dir, results, instructions)

    def materialize(self, agent_id: str, dest: Path) -> Path:
        if dest.exists():
            shutil.rmtree(dest)
        self.archive.materialize(agent_id, dest)
        return dest

    def task_dir(self, agent_dir: Path) -> Path:
        """What the agent's task runs see of its source: all of it (mode hyperagent leaves
        the meta agent out)."""
        return agent_dir

    def root_extra(self, agent_dir: Path) -> AgentExtra:
        """What the root's record gains with its evaluation, beyond the evaluation's own."""
        return {}

    def admit_notes(self, result: AttemptResult) -> dict[str, JsonLike]:
        """Fields for the child's admission events, read before it joins the archive."""
        return {}

    def child_fields(self, result: AttemptResult, fields: RecordFields,
                     notes: dict[str, JsonLike]) -> RecordFields:
        """The child's record fields (mode hyperagent adds what it changed)."""
        return fields

    def counts_as_new(self, result: AttemptResult, notes: dict[str, JsonLike]) -> bool:
        """Whether an admitted child resets the stagnation streak (every one does here)."""
        return True

    def admit(self, result: AttemptResult) -> bool:
        """Archive an evaluated child (kept as a parent or not, by policy); journal the rest.

        True when the child is a new agent of the archive (not discarded, not a duplicate).
        """
        if result.status != EVALUATED:
            self.journal.append("child_discarded", time.time(), attempt=result.attempt_id,
                                status=result.status)
            return False
        assert result.eval is not None  # EVALUATED: the child was scored
        status = self.admission(result)
        diag = result.diagnosis or {}
        meta: RecordFields = {**self.eval_meta(result.eval, result.attempt_id, result.generation),
                              "status": status,
                              "problem_statement": str(diag.get("problem_statement", "")),
                              "summary": str(diag.get("improvement", ""))}
        notes = self.admit_notes(result)
        meta = self.child_fields(result, meta, notes)
        added = self.archive.add_diff(result.parent_id, result.patch, meta)
        if not added.created:
            self.journal.append("child_duplicate", time.time(), attempt=result.attempt_id,
                                agent=added.agent_id, **notes)
            return False
        self.journal.append("child_admitted", time.time(), attempt=result.attempt_id,
                            agent=added.agent_id, status=status, score=result.score, **notes)
        return self.counts_as_new(result, notes)

    def admission(self, result: AttemptResult) -> str:
        """OK or REJECTED: the policy compares child and parent on the tasks both ran."""
        policy = get_policy(self.config.evolution.admission)
        assert result.eval is not None  # only an evaluated child is admitted
        parent = runs_of_record(self.archive.meta(result.parent_id))
        child, ancestor = on_common_tasks(runs_of(result.eval.results), parent)
        return OK if policy(child, ancestor, self.config.evolution.noise_margin) else REJECTED

    def eval_meta(self, evaluation: EvalResult, attempt_id: str, iteration: int,
                  ) -> RecordFields:
        """Archive metadata from an evaluation: every run per task, score and interval, cost."""
        planned = [s.split for s in self.config.evaluation.stages]
        usage = self.svc.attempt_usage(attempt_id)
        return {**score_fields(runs_of(evaluation.results)),
                "complete": list(evaluation.stages_run) == planned,
                "cost_usd": usage["usd"], "tokens": int(usage["tokens"]),
                "extra": {"attempt_id": attempt_id, "iteration": iteration,
                          "stages": list(evaluation.stages_run)}}

    def check_budget(self) -> None:
        """Raise BudgetStop when a run budget ran out, RunInterrupted when the provider or
        the disk cut the work short (work in flight is not archived either way)."""
        check_spent_or_interrupted(self.svc)

