"""The seams of the evolution core, one small Protocol each (a model provider's is in ground).

Each protocol lists the calls its users actually make. Implementations do not inherit
from these; they only need the same members (fakes in the tests included).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Unpack

from ground.agentfields import RecordFields
from ground.context import ROLES, CallContext
from ground.errors import RunInterrupted
from ground.jsontypes import JsonObject

if TYPE_CHECKING:  # the types the seams carry (dgm.evolution.attempt imports this module)
    from agents_archive import AddResult, AgentRecord
    from dgm.config import RunConfig, StageConfig
    from dgm.evolution.attempt import AttemptJob, AttemptResult
    from dgm.monitor import Monitor
    from evals.benchmark import Benchmark
    from evals.harness import AgentRun, EvalResult, SmokeResult, TaskResult
    from evals.task import Task

__all__ = ["ROLES", "AgentHarness", "Archive", "CallContext", "Executor", "Services"]


class Archive(Protocol):
    """Agents and their lineage, as the loop reads and grows them."""

    @property
    def root_id(self) -> str: ...

    def agents(self) -> list[AgentRecord]: ...

    def meta(self, agent: str) -> AgentRecord: ...

    def materialize(self, agent: str, dest: Path) -> Path: ...

    def diff(self, a: str, b: str) -> str: ...

    def add_diff(self, parent: str, diff: str, meta: RecordFields) -> AddResult: ...

    def update_meta(self, agent: str, **fields: Unpack[RecordFields]) -> AgentRecord: ...


class AgentHarness(Protocol):
    """Runs agents in sandboxes: on a problem, as a meta agent on the archive's export, on a
    benchmark task, or on a whole split; checks an entry point loads."""

    def run_agent(self, agent_dir: Path, problem: str, repo: Path, context: CallContext,
                  timeout_s: float | None = None) -> AgentRun: ...

    def run_meta_agent(self, agent_dir: Path, workspace: Path, export_dir: Path,
                       context: CallContext, iterations_left: int,
                       timeout_s: float | None = None) -> AgentRun: ...

    def smoke(self, agent_dir: Path, task: Task, key: str) -> SmokeResult: ...

    def self_check(self, agent_dir: Path, entry: str) -> SmokeResult: ...

    def run_task(self, agent_dir: Path, task: Task, key: str, repeat: int = 0) -> TaskResult: ...

    def evaluate(self, agent_dir: Path, tasks: list[Task], key: str, workers: int = 1,
                 repeats: int = 1, on_result: Callable[[TaskResult], None] | None = None,
                 first_repeat: int = 0) -> list[TaskResult]: ...

    def evaluate_staged(self, agent_dir: Path, bench: Benchmark, stages: list[StageConfig],
                        key: str, workers: int = 1, repeats: int = 1,
                        on_result: Callable[[TaskResult], None] | None = None) -> EvalResult: ...


class Services(Protocol):
    """What the loop and an attempt use of a run: its config, benchmark, harness and models."""

    @property
    def config(self) -> RunConfig: ...

    @property
    def run_id(self) -> str: ...

    @property
    def bench(self) -> Benchmark: ...

    @property
    def harness(self) -> AgentHarness: ...

    @property
    def monitor(self) -> Monitor: ...

    def progress(self, attempt_id: str, stage: str | None) -> None: ...

    def completer(self, context: CallContext) -> Callable[[JsonObject], JsonObject]: ...

    def model(self, role: str) -> str: ...

    def smoke_task(self) -> Task: ...

    def budget_reason(self) -> str | None: ...

    def interruption(self) -> RunInterrupted | None:
        """What cut the run's work short from outside the agent (the provider stayed down,
        the disk filled), or None."""
        ...

    def attempt_usage(self, attempt_id: str) -> dict[str, float]: ...


class Executor(Protocol):
    """Where attempts run; the loop only submits jobs and shuts it down."""

    def submit(self, job: AttemptJob) -> Future[AttemptResult]: ...

    def shutdown(self, wait: bool = True) -> None: ...
