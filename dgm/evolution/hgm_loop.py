"""The Huxley-Gödel Machine's mode of the loop (evolution.mode = "hgm").

After the seed's evaluation, each time a worker is free the driver decides, from what
has finished so far, to expand an agent (diagnose, self-modify, smoke-check: the child
is archived unevaluated) or to evaluate one agent on one task (dgm.evolution.hgm). Each
decision is journaled before it is dispatched, drawn from a generator seeded by (run
seed, decision index); with one worker a run is reproducible, and a resumed run first
re-dispatches the decisions it had journaled and not finished. The run ends after
`max_task_evals` evaluations (or a stop, a budget, stagnation), names its final agent by
the posterior (`hgm_final`) and, on a normal end, runs the usual final evaluation.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path

from agents_archive import AgentRecord
from dgm.evolution.attempt import (
    CHECKED,
    AttemptInputs,
    AttemptResult,
    AttemptSpec,
    BudgetStop,
    diagnosis_inputs,
    load_evaluation,
)
from dgm.evolution.final import finish
from dgm.evolution.hgm import (
    NodeStats,
    beta_quantile,
    initial_expansions,
    pick_evaluation,
    pick_expansion,
    should_expand,
    temperature,
)
from dgm.evolution.loop import ATTEMPT_RETRIES, OK, SEED_ATTEMPT, Evolution
from dgm.evolution.scoring import best_agent, merge_runs, runs_of_record, score_fields
from dgm.evolution.selection import clade_counts
from dgm.run.hgm_state import EVALUATE, EXPAND, Decision, HgmProgress, hgm_progress
from dgm.run.simulation import simulated
from dgm.run.state import RunState
from dgm.rundir import read_json
from evals.harness import TaskResult, stage_plan
from ground.agentfields import RecordFields
from ground.errors import RunInterrupted

NOTHING_LEFT = "nothing left: every agent ran every task and no expansion is allowed"


class HgmEvolution(Evolution):
    """Drives an HGM run with the generational loop's journal, budgets, stops and finish."""

    state: RunState  # the journal's fold: expansions finished and their stagnant streak
    progress: HgmProgress  # decisions made and finished, and the evaluations so far
    futures: dict[Future[AttemptResult], Decision]  # actions in flight
    failures: dict[str, int]  # infrastructure failures of each action, for one retry

    def evolve(self, state: RunState) -> str:
        """Decide and dispatch actions until a stop; a normal end names the final agent."""
        self.state = state
        self.progress = hgm_progress(self.journal.events())
        self.futures: dict[Future[AttemptResult], Decision] = {}
        self.failures: dict[str, int] = {}
        self.pace: tuple[float, int, float] | None = None  # first action's clock, evals, usd
        for decision in self.progress.pending:
            self.dispatch(decision)
        reason = self.drive()
        if reason in (NOTHING_LEFT, self.end_reason(self.state)):  # a normal end
            stopped = finish(self)
            if stopped:
                return stopped
            self.name_final()
        return reason

    def drive(self) -> str:
        """Keep the workers busy until nothing more may start and nothing is in flight."""
        workers = self.config.executor.workers
        while True:
            reason = self.stop_reason(self.state)
            while not reason and len(self.futures) < workers:
                decision = self.decide(len(self.progress.decisions))
                if decision is None:
                    reason = NOTHING_LEFT if not self.futures else None
                    break
                self.journal_decision(decision)
                self.dispatch(decision)
            if not self.futures:
                return reason or NOTHING_LEFT
            self.collect()

    def end_reason(self, state: RunState) -> str | None:
        """Done: the evaluation budget is used (or decided), or expansions stagnated."""
        budget = self.config.evolution.hgm.max_task_evals
        if self.progress.evaluations_decided >= budget:
            return f"max_task_evals: {budget} task evaluations"
        streak, allowed = state.stagnant_generations, self.config.evolution.stagnation_generations
        if allowed and streak >= allowed:
            return f"stagnant: {streak} expansions in a row produced no new agent"
        return None

    def stop_reason(self, state: RunState) -> str | None:
        """Why nothing more may start: a stop request, the end, a spent budget."""
        return self.stopping or self.end_reason(state) or self.spent()

    def decide(self, index: int) -> Decision | None:
        """The next action, from what has finished so far (None: nothing may start)."""
        hgm = self.config.evolution.hgm
        rng = random.Random(f"{self.config.seed}:hgm:{index}")
        records = self.archive.agents()
        nodes = node_stats(records)
        tau = temperature(self.progress.n_evals, hgm.max_task_evals, hgm.beta, hgm.cool_down)
        remaining = self.remaining(records)
        can_expand = self.may_expand()
        pending = sum(d.action == EXPAND for d in self.progress.pending)
        if can_expand and index < initial_expansions(hgm, self.config.executor.workers):
            return self.expansion(index, self.archive.root_id)
        if can_expand and (not any(remaining.values()) or should_expand(
                self.progress.n_evals, self.nodes_made(), pending, hgm.alpha)):
            return self.expansion(index, pick_expansion(nodes, tau, rng))
        if any(remaining.values()):
            agent, task = pick_evaluation(nodes, remaining, tau, rng, hgm.eval_random)
            n = self.progress.evaluations_decided + 1
            return Decision(index, EVALUATE, agent, f"e{n:05d}", task=task)
        return None

    def nodes_made(self) -> int:
        """The root plus every finished expansion, failed ones included: the widening rule
        counts attempts, so self-modifications that add no agent cannot keep it expanding
        without evaluating."""
        return 1 + self.progress.expansions_done

    def may_expand(self) -> bool:
        """Whether another expansion is allowed (evolution.generations caps them; 0: no cap)."""
        cap = self.config.evolution.generations
        return not cap or self.progress.expansions_decided < cap

    def expansion(self, index: int, agent: str) -> Decision:
        k = self.progress.expansions_decided + 1
        return Decision(index, EXPAND, agent, f"g{k:03d}a00", generation=k)

    def remaining(self, records: list[AgentRecord]) -> dict[str, list[str]]:
        """Per agent, the selection tasks it has not run and no pending decision runs."""
        tasks = self.selection_tasks()
        busy = {(d.agent, d.task) for d in self.progress.pending if d.action == EVALUATE}
        return {r.id: [t for t in tasks if t not in runs_of_record(r) and (r.id, t) not in busy]
                for r in records if r.status == OK}

    def journal_decision(self, d: Decision) -> None:
        """Journal the decision before its action starts (a resume re-dispatches it)."""
        hgm = self.config.evolution.hgm
        self.journal.append(
            "hgm_decision", time.time(), index=d.index, action=d.action, agent=d.agent,
            attempt=d.attempt, generation=d.generation, task=d.task, repeat=0,
            n_evals=self.progress.n_evals, nodes=self.nodes_made(),
            tau=temperature(self.progress.n_evals, hgm.max_task_evals, hgm.beta, hgm.cool_down))
        self.progress.add(d)
        if d.action == EXPAND:
            self.journal.append("generation_started", time.time(), generation=d.generation,
                                parents=[d.agent])

    def dispatch(self, d: Decision) -> None:
        """Submit the decision's action (or take its saved result, when it has one)."""
        saved = self.run.attempts / d.attempt / "result.json"
        spec = AttemptSpec(d.attempt, d.generation, 0, d.agent, self.config.seed,
                           evaluate=False, task=d.task)
        if saved.exists():
            done: Future[AttemptResult] = Future()
            done.set_result(AttemptResult.from_dict(read_json(saved)))
            self.futures[done] = d
            return
        if d.action == EXPAND:
            self.journal.append("attempt_started", time.time(), attempt=d.attempt,
                                parent=d.agent)
            self.in_flight[d.attempt] = None
        self.futures[self.executor.submit(self.prepare(spec))] = d

    def attempt_inputs(self, spec: AttemptSpec, out: Path) -> AttemptInputs:
        """The agent's source; for an expansion also every task result it has so far."""
        agent_dir = self.materialize(spec.parent_id, out / ("agent" if spec.task else "parent"))
        if spec.task is not None:
            return AttemptInputs(agent_dir, agent_dir, [], {})
        results, instructions = diagnosis_inputs(
            self.results_of(spec.parent_id), self.svc.bench,
            self.config.evolution.diagnosis_sees_hidden_tests)
        return AttemptInputs(agent_dir, agent_dir, results, instructions)

    def results_of(self, agent: str) -> list[TaskResult]:
        """The agent's selection task results: the seed's evaluation, and its one-task runs."""
        folders = [d.attempt for d in self.progress.decisions if d.action == EVALUATE
                   and d.agent == agent and d.attempt in self.progress.finished]
        if agent == self.archive.root_id:
            folders.insert(0, SEED_ATTEMPT)
        return [r for f in folders for r in load_evaluation(self.run.attempts / f).results]

    def collect(self) -> None:
        """Wait for an action to finish; archive what it produced and journal it."""
        done, _ = wait(self.futures, timeout=0.5, return_when=FIRST_COMPLETED)
        for fut in done:
            decision = self.futures.pop(fut)
            try:
                result = fut.result()
            except (BudgetStop, RunInterrupted):
                raise
            except Exception as exc:  # infrastructure, not the agent: retry, then stop
                self.retry_or_stop(decision, exc)
                continue
            if decision.action == EXPAND:
                self.admit_expansion(decision, result)
            else:
                self.record_evaluation(decision, result)
            self.progress.finish(decision)
            self.check_budget()
            self.forecast_actions()
        self.show_archive()

    def forecast_actions(self) -> None:
        """Tell the live display when the run should end, at this session's pace: the task
        evaluations left, the USD budget left and the wall budget left, whichever ends first."""
        now, usd = time.monotonic(), self.svc.monitor.snapshot().usd
        if self.pace is None:
            self.pace = (now, self.progress.n_evals, usd)
            return
        began, evals, spent = self.pace
        elapsed, budget = now - began, self.config.budget
        left: list[float] = []
        if self.progress.n_evals > evals:
            todo = max(0, self.config.evolution.hgm.max_task_evals - self.progress.n_evals)
            left.append(elapsed / (self.progress.n_evals - evals) * todo)
        if budget.usd and usd > spent:
            left.append(elapsed / (usd - spent) * max(0.0, budget.usd - usd))
        if budget.wall_hours:
            left.append(max(0.0, budget.wall_hours * 3600 - self.wall_s()))
        if left:
            self.svc.monitor.expect_end(min(left))

    def retry_or_stop(self, d: Decision, exc: Exception) -> None:
        """An action failed outside the agent: dispatch it again once, else stop the run."""
        if cause := self.svc.interruption():
            raise cause from exc
        self.failures[d.attempt] = self.failures.get(d.attempt, 0) + 1
        self.journal.append("attempt_error", time.time(), attempt=d.attempt,
                            error=f"{type(exc).__name__}: {exc}"[:2000])
        if self.failures[d.attempt] <= ATTEMPT_RETRIES and not self.stopping:
            self.dispatch(d)
        else:
            self.stopping = f"error in attempt {d.attempt}: {exc}"[:500]

    def admit_expansion(self, d: Decision, result: AttemptResult) -> None:
        """Archive the child unevaluated (keep_all), or journal why not; one generation."""
        self.journal.append("attempt_finished", time.time(), attempt=d.attempt,
                            status=result.status, score=None)
        self.in_flight.pop(d.attempt, None)
        new = False
        if result.status != CHECKED:
            self.journal.append("child_discarded", time.time(), attempt=d.attempt,
                                status=result.status, generation=d.generation)
        else:
            new = self.add_child(d, result)
        self.journal.append("generation_finished", time.time(), generation=d.generation,
                            archive_size=len(self.archive.agents()), wall_s=self.wall_s())
        self.state = self.state.with_finished(d.generation, new)
        self.svc.monitor.update(generation=self.progress.expansions_done + 1)

    def add_child(self, d: Decision, result: AttemptResult) -> bool:
        """Add the checked child to the archive; True when it is a new agent."""
        diag = result.diagnosis or {}
        meta: RecordFields = {
            "status": OK, "complete": False,
            "problem_statement": str(diag.get("problem_statement", "")),
            "summary": str(diag.get("improvement", "")),
            "extra": {"attempt_id": d.attempt, "iteration": d.generation, "stages": []}}
        added = self.archive.add_diff(d.agent, result.patch, meta)
        kind = "child_admitted" if added.created else "child_duplicate"
        self.journal.append(kind, time.time(), attempt=d.attempt, agent=added.agent_id,
                            status=OK, score=None, generation=d.generation)
        return added.created

    def record_evaluation(self, d: Decision, result: AttemptResult) -> None:
        """Add the task's outcome to the agent's record (once) and journal it."""
        assert result.eval is not None and d.task is not None  # an evaluation's result
        task_result = result.eval.results[0]
        record = self.archive.meta(d.agent)
        runs = runs_of_record(record)
        if d.task not in runs:  # a resume may find the outcome already recorded
            runs = merge_runs(runs, {d.task: [task_result.resolved]})
            every = all(t in runs for t in self.selection_tasks())
            fields: RecordFields = {**score_fields(runs), "complete": every}
            self.archive.update_meta(d.agent, **fields)
        self.journal.append("task_evaluated", time.time(), attempt=d.attempt, index=d.index,
                            agent=d.agent, task=d.task, repeat=0,
                            resolved=task_result.resolved, wall_s=self.wall_s())

    def selection_tasks(self) -> list[str]:
        """The tasks an agent may be evaluated on: every stage's, in order."""
        return [t for stage in stage_plan(self.svc.bench, self.config.evaluation.stages)
                for t in stage]

    def name_final(self) -> None:
        """Journal the final agent: the run's best by the posterior rule."""
        rule = self.best_rule
        best = best_agent(self.archive.agents(), rule)
        if best is None:
            return
        runs = [o for task in runs_of_record(best).values() for o in task]
        self.journal.append("hgm_final", time.time(), agent=best.id, quantile=rule.quantile,
                            value=posterior_value(runs, rule.quantile), evals=len(runs),
                            simulated=simulated(self.config.gateway))


def posterior_value(runs: list[bool], quantile: float) -> float:
    """The lower `quantile` of Beta(1 + resolved, 1 + unresolved)."""
    wins = sum(runs)
    return round(beta_quantile(quantile, 1 + wins, 1 + len(runs) - wins), 6)


def node_stats(records: list[AgentRecord]) -> list[NodeStats]:
    """Each archived agent's own and clade task outcomes, in archive order."""
    clade = clade_counts(records)
    stats = []
    for r in records:
        outcomes = [o for runs in runs_of_record(r).values() for o in runs]
        wins = float(sum(outcomes))
        stats.append(NodeStats(r.id, wins, len(outcomes) - wins, *clade.get(r.id, (0.0, 0.0))))
    return stats
