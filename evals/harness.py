"""Run an agent on tasks in sandboxes, take its diff ourselves, and grade it in a fresh one.

The agent never sees hidden tests or the reference solution: its sandbox gets the
files of the task repo that the task's allow-list (`Task.visible_paths`) admits, the
problem statement and the gateway socket; the diff is computed on the host against
the pristine base, and grading happens in another sandbox.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Protocol

from evals.benchmark import Benchmark
from evals.envimage import WORKSPACE, environment, pristine_repo, work_tree_config
from evals.grading import grade_patch, sandbox_image, with_pids
from evals.patches import touched_paths
from evals.runshape import (
    AGENT_MOUNT,
    SUMMARY_FILE,
    RunShape,
    agent_shape,
    meta_shape,
    read_output,
    self_check_command,
)
from evals.task import Task
from evals.workspace import copy_visible
from ground.context import CallContext
from ground.git import Git, run_git
from ground.jsontypes import Json, JsonObject, dataclass_from
from ground.noise import steady_tail
from ground.phases import PhaseClock, keep, phase, within
from ground.socketdirs import owned_temp_dir
from sandbox import Mount, SandboxConfig, open_sandbox
from sandbox.prepared import Prepared
from sandbox.runtime import Runtime, agent_runtime

RESULT_VERSION = 1
GATEWAY_MOUNT = "/dgm"
COPY_MARGIN_S = 300.0  # an agent sandbox's life beyond its command: start, copies in and out
SELF_CHECK_TIMEOUT_S = 120.0  # `--self-check` imports and loads the agent: no model, no work


@dataclass(frozen=True)
class AgentSite:
    """Where an agent runs: the project's image at /workspace, or a task's environment image.

    In an environment image the agent's Python is `runtime` (ours, mounted read-only), the
    work tree is the task's repo path (a writable volume there, the rest read-only) and its
    commands get the variables the task's environment setup activates.
    """

    image: str
    repo_path: str = WORKSPACE
    env: Mapping[str, str] = field(default_factory=dict)
    runtime: Runtime | None = None
    pids: int | None = None  # the task's own limit, when above the config's

    def sandbox_config(self, config: SandboxConfig | None) -> SandboxConfig:
        """`config` with the work tree's volume at the repo path (and the task's pids limit)."""
        return with_pids(work_tree_config(config, self.repo_path), self.pids)

    def agent_env(self) -> dict[str, str]:
        """What every agent process needs whatever the image sets (its HOME may be root's)."""
        if self.runtime is None:
            return {}
        return {"HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1"}

    def command(self, argv: list[str]) -> list[str]:
        """The agent's command line: `python ...` through the mounted runtime when there is one."""
        if self.runtime is None:
            return argv
        return self.runtime.command(argv[1:])


@dataclass
class AgentRun:
    """What happened when an agent ran on one problem."""

    exit_code: int | None
    timed_out: bool
    oom_killed: bool
    duration_s: float
    patch: str
    stdout_tail: str
    log: str = ""
    summary: str = ""  # a meta agent's /out/summary.json, cut at OUTPUT_LIMIT; "" when absent


@dataclass(frozen=True)
class TaskResult:
    """One agent on one task: the facts the archive and the diagnoser need."""

    task_id: str
    resolved: bool
    empty_patch: bool
    patch_applied: bool
    timed_out: bool
    repeat: int = 0
    agent_exit_code: int | None = None
    agent_timed_out: bool = False
    agent_s: float = 0.0
    grade_s: float = 0.0
    test_output_tail: str = ""
    log_tail: str = ""
    patch: str = ""
    tokens: int = 0
    usd: float = 0.0
    error: str | None = None
    v: int = RESULT_VERSION

    def to_dict(self) -> JsonObject:
        """The JSON form saved in evaluation files (one object per task run)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Json]) -> TaskResult:
        """Rebuild from `to_dict` output."""
        return dataclass_from(cls, raw)


@dataclass(frozen=True)
class EvalResult:
    """An agent's score over the tasks it reached, stage by stage."""

    results: list[TaskResult] = field(default_factory=list)
    stages_run: list[str] = field(default_factory=list)
    v: int = RESULT_VERSION

    @property
    def score(self) -> float:
        return sum(r.resolved for r in self.results) / len(self.results) if self.results else 0.0

    def to_dict(self) -> JsonObject:
        """The JSON form saved as an attempt's evaluation (`score` is derived, for readers)."""
        stages: list[Json] = [s for s in self.stages_run]
        results: list[Json] = [r.to_dict() for r in self.results]
        return {"v": self.v, "score": self.score, "stages_run": stages, "results": results}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Json]) -> EvalResult:
        """Rebuild from `to_dict` output; ValueError when it is not an evaluation's shape."""
        stages = raw.get("stages_run", [])
        if not isinstance(stages, list):
            raise ValueError("an evaluation's stages_run is not a list")
        return cls(task_results(raw.get("results", [])), [str(s) for s in stages])


@dataclass(frozen=True)
class SmokeResult:
    """One ungraded run of an agent: does it still start and finish?"""

    task_id: str
    agent_exit_code: int | None
    agent_timed_out: bool
    agent_s: float = 0.0
    output_tail: str = ""
    log_tail: str = ""

    @property
    def passed(self) -> bool:
        """The agent exited cleanly in time."""
        return self.agent_exit_code == 0 and not self.agent_timed_out

    def to_dict(self) -> JsonObject:
        """The JSON form saved with the attempt (no version field: the format predates one)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Json]) -> SmokeResult:
        """Rebuild from `to_dict` output."""
        return dataclass_from(cls, raw)


def task_results(value: Json) -> list[TaskResult]:
    """Task results from their saved JSON list; ValueError when it is not one."""
    if not isinstance(value, list):
        raise ValueError("task results are not a list")
    return [TaskResult.from_dict(json_object(r, "a task result")) for r in value]


def json_object(value: Json, what: str) -> JsonObject:
    """`value` if it is a JSON object; ValueError naming `what` otherwise."""
    if not isinstance(value, dict):
        raise ValueError(f"{what} is not a JSON object: {type(value).__name__}")
    return value


def git(repo: Path, *args: str, work_tree: Path | None = None) -> str:
    """Run hermetic host git on our own scratch repositories; stdout as text, newlines kept."""
    return Git(repo / ".git", work_tree=work_tree or repo).run_bytes(*args).decode()


def bounded_lifetime(config: SandboxConfig, command_s: float) -> SandboxConfig:
    """`config` with a lifetime just long enough for one agent run of `command_s` (its
    watchdog's grace and the copies in and out included), never longer than configured: a
    sandbox its driver left behind (kill -9) then ends within minutes, not hours."""
    needed = command_s + 2 * config.watchdog_grace_s + COPY_MARGIN_S
    return replace(config, lifetime_s=min(config.lifetime_s, needed))


def make_base_repo(source: Path, dest: Path, visible: list[str] | None = None) -> None:
    """Copy a source tree (only the `visible` globs, when given) into dest as a fresh git repo."""
    if visible is None:
        shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git"), symlinks=True)
    else:
        copy_visible(source, dest, visible)
    run_git("init", "-q", "--initial-branch=master", ".", cwd=dest)
    git(dest, "add", "-A", "--force")
    git(dest, "commit", "-q", "--allow-empty", "-m", "base")


def diff_against_base(base: Path, after: Path) -> str:
    """The agent's change: its final tree against the pristine base, computed on the host."""
    shutil.rmtree(after / ".git", ignore_errors=True)
    git(base, "add", "-A", "--force", work_tree=after)
    return git(base, "diff", "--cached", "--binary", "HEAD", work_tree=after)


class Spent(Protocol):
    """Usage totals, as the gateway sums them."""

    @property
    def tokens(self) -> int: ...

    @property
    def usd(self) -> float: ...


class ModelGateway(Protocol):
    """What the harness needs of the model gateway (dgm.gateway.Gateway, started)."""

    @property
    def socket_dir(self) -> Path | None:
        """The host dir a sandbox mounts to reach the gateway (None before it starts)."""
        ...

    def issue_token(self, context: CallContext) -> str: ...

    def sandbox_env(self, token: str) -> dict[str, str]: ...

    def usage_by_prefix(self, prefix: str, run_id: str | None = None) -> Spent: ...


class Stage(Protocol):
    """One stage of a staged evaluation (dgm.config.StageConfig)."""

    @property
    def split(self) -> str: ...

    @property
    def min_score(self) -> float: ...

    @property
    def limit(self) -> int | None: ...


class Harness:
    """Runs agents on problems and tasks; all model traffic goes through `gateway`."""

    def __init__(self, gateway: ModelGateway, sandbox_config: SandboxConfig, image: str,
                 run_id: str, seed: int = 0, agent_timeout_s: float = 300.0) -> None:
        self.gateway = gateway
        self.sandbox_config = sandbox_config
        self.image = image
        self.run_id = run_id
        self.seed = seed
        self.agent_timeout_s = agent_timeout_s
        self.clock: PhaseClock | None = None  # set it to learn where each task run's time goes

    def run_agent(self, agent_dir: Path, problem: str, repo: Path, context: CallContext,
                  timeout_s: float | None = None) -> AgentRun:
        """Run the agent in a sandbox on a copy of `repo`; return its diff and exit facts."""
        return self._run(agent_dir, agent_shape(), repo, context, timeout_s, problem)[0]

    def run_meta_agent(self, agent_dir: Path, workspace: Path, export_dir: Path,
                       context: CallContext, iterations_left: int,
                       timeout_s: float | None = None) -> AgentRun:
        """Run the agent's meta agent on a copy of `workspace` (its own source), with the
        archive export read-only at /archive: the child is the diff it leaves there, and
        what it says it did is `summary` (HYPERAGENT_DESIGN §2.2)."""
        shape = meta_shape(export_dir, iterations_left)
        run, outputs = self._run(agent_dir, shape, workspace, context, timeout_s)
        return replace(run, summary=outputs.get(SUMMARY_FILE, ""))

    def self_check(self, agent_dir: Path, entry: str) -> SmokeResult:
        """Does `entry` of the agent import and load? `python /agent/<entry> --self-check` in a
        sandbox with no gateway and no work tree; its exit facts as a smoke result."""
        mount = Mount(host=agent_dir.resolve(), container=AGENT_MOUNT, read_only=True)
        config = bounded_lifetime(self.sandbox_config, SELF_CHECK_TIMEOUT_S)
        with open_sandbox(config, image=self.image, mounts=[mount], run_id=self.run_id,
                          labels={"dgm.role": "self_check"}) as sb:
            res = sb.exec(self_check_command(entry), timeout=SELF_CHECK_TIMEOUT_S, workdir="/tmp")
        return SmokeResult(entry, res.exit_code, res.timed_out, res.duration_s,
                           steady_tail(res.stdout + res.stderr, 2000))

    def run_on_task(self, agent_dir: Path, task: Task, context: CallContext,
                    sandboxes: Prepared | None = None) -> AgentRun:
        """Run the agent on `task`: its workspace holds only what the task's allow-list admits.

        A task with its own environment image is worked on in that image, at its repo path,
        with its environment activated; the agent's runtime is mounted from ours.
        """
        if task.image is None:
            site = AgentSite(image=sandbox_image(task, self.image) or self.image, pids=task.pids)
        else:
            site = AgentSite(
                image=task.image, repo_path=task.repo_path,
                env=environment(task, self.sandbox_config, self.run_id),
                runtime=agent_runtime(self.image), pids=task.pids)
        return self._run(agent_dir, agent_shape(site.repo_path), self.host_repo(task), context,
                         problem=task.instructions, visible=list(task.visible_paths), site=site,
                         sandboxes=sandboxes)[0]

    def _run(self, agent_dir: Path, shape: RunShape, repo: Path, context: CallContext,
             timeout_s: float | None = None, problem: str | None = None,
             visible: list[str] | None = None, site: AgentSite | None = None,
             sandboxes: Prepared | None = None) -> tuple[AgentRun, dict[str, str]]:
        """Run the agent as `shape` says in a sandbox on a copy of `repo` (the `visible` globs
        of it, if given), with `problem` at /out/problem.md when given; from `sandboxes` when
        given (made ahead, removed behind). Returns the run and the shape's extra outputs
        taken back, by container path (cut at OUTPUT_LIMIT; "" when absent)."""
        site = site or AgentSite(image=self.image)
        with owned_temp_dir("run") as tmp, within("agent"):  # a kill -9 leaves it to gc
            base, after, out = Path(tmp, "base"), Path(tmp, "after"), Path(tmp, "out")
            with phase("base repo"):
                make_base_repo(repo, base, visible)
            out.mkdir()
            if problem is not None:
                (out / "problem.md").write_text(problem, encoding="utf-8")
            socket_dir = self.gateway.socket_dir
            if socket_dir is None:
                raise RuntimeError("the harness needs a started gateway")
            mounts = [Mount(host=agent_dir.resolve(), container=AGENT_MOUNT, read_only=True),
                      Mount(host=Path(socket_dir), container=GATEWAY_MOUNT, read_only=True)]
            mounts += shape.extra_mounts
            if site.runtime is not None:
                mounts.append(site.runtime.mount())
            labels = {"dgm.role": context.role, "dgm.attempt": evaluation_of(context)}
            env = {**site.env, **site.agent_env(),
                   **self.gateway.sandbox_env(self.gateway.issue_token(context))}
            limit = timeout_s or self.agent_timeout_s
            config = bounded_lifetime(site.sandbox_config(self.sandbox_config), limit)
            opener = sandboxes.open if sandboxes else open_sandbox
            with opener(config, image=site.image, mounts=mounts, run_id=self.run_id,
                        labels=labels) as sb:
                sb.put(base, site.repo_path)
                if problem is not None:
                    sb.put(out / "problem.md", "/out")
                with phase("command"):
                    keep("command started", repr(time.time()))
                    res = sb.exec(site.command(list(shape.command)),
                                  timeout=limit, workdir=site.repo_path, env=env)
                killed = sb.gone is not None  # the watchdog killed the whole sandbox
                if not killed:
                    sb.get(site.repo_path, after)
                    for path in (shape.log_file, *shape.extra_outputs):
                        sb.get(path, out)
            log_path = out / PurePosixPath(shape.log_file).name
            log = log_path.read_text(errors="replace") if log_path.exists() else ""
            keep("agent log", log)
            # An agent its sandbox's watchdog had to kill made no change we can take.
            with phase("diff"):
                patch = "" if killed else diff_against_base(base, after / PurePosixPath(
                    site.repo_path).name)
            outputs = {p: read_output(out / PurePosixPath(p).name) for p in shape.extra_outputs}
        return AgentRun(res.exit_code, res.timed_out, res.oom_killed, res.duration_s, patch,
                        steady_tail(res.stdout + res.stderr, 4000), log), outputs

    def host_repo(self, task: Task) -> Path:
        """The task's starting repo on the host (one inside its image is copied out once)."""
        if task.repo_dir is not None:
            return Path(task.repo_dir)
        return pristine_repo(task, self.sandbox_config, self.run_id)

    def task_context(self, task: Task, attempt_id: str, repeat: int = 0) -> CallContext:
        """The gateway context of an agent run on `task`. Its hints are host-side facts for the
        toy model (the reference patch, the task's kind and toy-world features, the agent's time
        limit, the line count of each file the reference patch changes); they stay on the host,
        no provider forwards them."""
        hints: dict[str, object] = {
            "reference_patch": task.solution_patch or "", "difficulty": task.difficulty,
            "kind": task.kind, "features": task.features, "agent_timeout_s": self.agent_timeout_s,
            "file_lines": self._file_lines(task)}
        if task.metadata.get("build_command"):  # how the exercise builds, in its language
            hints["build_command"] = str(task.metadata["build_command"])
        return CallContext(self.run_id, attempt_id, "coding_agent", task_id=task.id,
                           seed=self.seed + repeat, hints=hints)

    def _file_lines(self, task: Task) -> dict[str, int]:
        """{path: line count} in the starting repo of each file the reference patch changes (a
        file it adds has none); only those files are read, so it is cheap."""
        patch = task.solution_patch or ""
        if not patch.strip():
            return {}
        repo, counts = self.host_repo(task).resolve(), dict[str, int]()
        for path in touched_paths(patch):
            file = (repo / path).resolve()
            if file.is_relative_to(repo) and file.is_file():
                counts[path] = len(file.read_bytes().splitlines())
        return counts

    def smoke(self, agent_dir: Path, task: Task, key: str) -> SmokeResult:
        """Does the agent still run? One ungraded run on `task`: exit facts and log tail."""
        context = self.task_context(task, f"{key}/{task.id}/smoke")
        run = self.run_on_task(agent_dir, task, context)
        return SmokeResult(task.id, run.exit_code, run.timed_out, run.duration_s,
                           steady_tail(run.stdout_tail, 2000), steady_tail(run.log, 2000))

    def run_task(self, agent_dir: Path, task: Task, key: str, repeat: int = 0,
                 sandboxes: Prepared | None = None) -> TaskResult:
        """Run the agent on one benchmark task and grade its diff in a fresh sandbox (from
        `sandboxes`, when given)."""
        attempt_id = f"{key}/{task.id}/r{repeat}"
        context = self.task_context(task, attempt_id, repeat)
        with self.clock.task(attempt_id) if self.clock else nullcontext():
            run = self.run_on_task(agent_dir, task, context, sandboxes)
            with within("grade"):
                grade = grade_patch(task, run.patch, self.sandbox_config, self.image,
                                    run_id=self.run_id, sandboxes=sandboxes)
        usage = self.gateway.usage_by_prefix(attempt_id, self.run_id)
        return TaskResult(
            task_id=task.id, repeat=repeat, resolved=grade.resolved,
            empty_patch=not run.patch.strip(), patch_applied=grade.patch_applied,
            timed_out=run.timed_out or grade.timed_out, agent_exit_code=run.exit_code,
            agent_timed_out=run.timed_out, agent_s=run.duration_s, grade_s=grade.duration_s,
            test_output_tail=grade.output_tail, log_tail=steady_tail(run.log, 4000),
            patch=run.patch, tokens=usage.tokens, usd=round(usage.usd, 6))

    def evaluate(self, agent_dir: Path, tasks: list[Task], key: str, workers: int = 1,
                 repeats: int = 1, on_result: Callable[[TaskResult], None] | None = None,
                 first_repeat: int = 0) -> list[TaskResult]:
        """Run and grade every (task, repeat) with `workers` at once, in task order.

        Repeats are numbered from `first_repeat`, so a later re-evaluation draws afresh.
        """
        jobs = [(t, r) for t in tasks for r in range(first_repeat, first_repeat + repeats)]
        with Prepared(len(jobs)) as sandboxes:
            return self._evaluate(agent_dir, jobs, key, workers, on_result, sandboxes)

    def _evaluate(self, agent_dir: Path, jobs: list[tuple[Task, int]], key: str, workers: int,
                  on_result: Callable[[TaskResult], None] | None,
                  sandboxes: Prepared) -> list[TaskResult]:
        """`evaluate`'s work, with its sandboxes made ahead and removed behind."""
        pool = ThreadPoolExecutor(max_workers=max(1, workers))
        try:
            futures = [pool.submit(self.run_task, agent_dir, t, key, r, sandboxes)
                       for t, r in jobs]
            results = []
            for fut in futures:
                results.append(fut.result())
                if on_result:
                    on_result(results[-1])
        except BaseException as exc:
            # The evaluation is lost either way: start no more of its tasks; wait for those
            # running (their sandboxes end with them) unless aborting.
            pool.shutdown(wait=not isinstance(exc, KeyboardInterrupt), cancel_futures=True)
            raise
        pool.shutdown()
        return results

    def evaluate_staged(self, agent_dir: Path, bench: Benchmark, stages: Sequence[Stage], key: str,
                        workers: int = 1, repeats: int = 1,
                        on_result: Callable[[TaskResult], None] | None = None) -> EvalResult:
        """Score stage by stage; a stage runs only if the score so far reaches its bar."""
        results: list[TaskResult] = []
        stages_run: list[str] = []
        for stage, ids in zip(stages, stage_plan(bench, stages), strict=True):
            if results and EvalResult(results).score < stage.min_score:
                break
            tasks = [bench.task(i) for i in ids]
            results += self.evaluate(agent_dir, tasks, key, workers, repeats, on_result)
            stages_run.append(stage.split)
        return EvalResult(results, stages_run)


def evaluation_of(context: CallContext) -> str:
    """The attempt a task run belongs to: its id without the task's part (a label that every
    task run of one evaluation shares, so their sandboxes can be made ahead)."""
    if not context.task_id:
        return context.attempt_id
    return context.attempt_id.split(f"/{context.task_id}/")[0]


def stage_plan(bench: Benchmark, stages: Sequence[Stage]) -> list[list[str]]:
    """The task ids each stage of a staged evaluation scores, if every stage runs."""
    plan: list[list[str]] = []
    seen: set[str] = set()
    for stage in stages:
        ids = [i for i in bench.split(stage.split) if i not in seen][: stage.limit]
        seen.update(ids)
        plan.append(ids)
    return plan
