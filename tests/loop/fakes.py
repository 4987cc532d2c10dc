"""Fakes at the loop's seams: a scripted harness and diagnoser, with a real git archive.

An agent here is a directory whose coding_agent.py holds `QUALITY = n`; the fake
harness "self-modifies" by raising n and "evaluates" by resolving the first n tasks.
Its meta agent run does what the scripted diagnoser plus a self-modification would in the
same attempt, drawn from the export's context.json instead of a model's answer.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agents_archive import GitArchive
from dgm.config import RunConfig, StageConfig
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.monitor import Monitor
from dgm.rundir import RunDir
from evals.harness import (
    AgentRun,
    EvalResult,
    SmokeResult,
    TaskResult,
    diff_against_base,
    make_base_repo,
)
from ground.errors import RunInterrupted

QUALITY = re.compile(r"QUALITY = (\d+)")
TASKS = [f"t{i}" for i in range(10)]
WORDS = ["big", "small", "break", "nothing"]  # what an attempt asks for, by generation + index
NOTES = "meta/notes.txt"  # the meta-part file FakeHarness.run_meta_agent writes when told to
HELDOUT = [f"h{i}" for i in range(4)]  # resolved by agents of QUALITY >= 2 * (index + 1)


def write_seed(dest: Path, quality: int = 2) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "coding_agent.py").write_text(f"QUALITY = {quality}\n")
    return dest


def quality(agent_dir: Path) -> int:
    return int(QUALITY.search((agent_dir / "coding_agent.py").read_text()).group(1))


class Crash(BaseException):
    """Stands in for the process dying at a chosen moment."""


@dataclass
class FakeTask:
    id: str
    instructions: str = "do it"


class FakeBench:
    name = "fake"
    heldout = frozenset(HELDOUT)

    def split(self, name: str) -> list[str]:
        return {"small": TASKS[:5], "heldout": HELDOUT}.get(name, TASKS)

    def task(self, task_id: str) -> FakeTask:
        return FakeTask(task_id)


@dataclass
class FakeHarness:
    """Self-modification raises QUALITY by a step drawn from the problem statement.

    Its meta agent run reads the real export's context.json and acts on the word
    words[(generation + index) % len(words)] (WORDS by default: the scripted diagnoser's
    for that attempt): "big" +2,
    "small" +1, "break" leaves coding_agent.py unparsable, "nothing" changes nothing (the
    same child as the fixed step's). With `write_notes` it also appends the attempt id to
    meta/notes.txt, a meta-part change (so "nothing" gives a meta-only child). Its summary
    holds the diagnosis fields. `self_check` passes when the entry file exists.
    """

    crash_after: int | None = None  # raise Crash on the n-th agent run
    fail_runs: set[int] = field(default_factory=set)  # raise RuntimeError on these runs
    write_notes: bool = False  # meta runs also append their attempt id to meta/notes.txt
    words: list[str] = field(default_factory=lambda: list(WORDS))  # what meta runs ask for
    runs: int = 0
    calls: list[str] = field(default_factory=list)

    def _tick(self, what: str) -> None:
        self.runs += 1
        self.calls.append(what)
        if self.crash_after is not None and self.runs >= self.crash_after:
            raise Crash(what)
        if self.runs in self.fail_runs:
            raise RuntimeError(f"docker hiccup during {what}")

    def run_agent(self, agent_dir: Path, problem: str, repo: Path, context: Any,
                  timeout_s: float | None = None) -> AgentRun:
        self._tick(f"self_modify {context.attempt_id}")
        return AgentRun(0, False, False, 0.01, self._change(repo, problem), "", "log")

    def run_meta_agent(self, agent_dir: Path, workspace: Path, export_dir: Path, context: Any,
                       iterations_left: int, timeout_s: float | None = None) -> AgentRun:
        self._tick(f"meta_agent {context.attempt_id}")
        facts = json.loads((export_dir / "context.json").read_text())
        word = self.words[(facts["generation"] + facts["index"]) % len(self.words)]
        notes = f"{facts['attempt']}\n" if self.write_notes else None
        summary = json.dumps({"diagnosis": "d", "improvement": f"{word} change",
                              "problem_statement": f"make a {word} change", "entry": ""})
        patch = self._change(workspace, f"make a {word} change", notes)
        return AgentRun(0, False, False, 0.01, patch, "", "log", summary)

    def _change(self, repo: Path, problem: str, notes: str | None = None) -> str:
        """The diff of the QUALITY edit `problem` asks for (and `notes` appended to NOTES)."""
        step = 2 if "big" in problem else (0 if "nothing" in problem else 1)
        with tempfile.TemporaryDirectory() as tmp:
            base, after = Path(tmp, "base"), Path(tmp, "after")
            make_base_repo(repo, base)
            shutil.copytree(repo, after)
            source = after / "coding_agent.py"
            source.write_text(f"QUALITY = {quality(repo) + step}\n")
            if "break" in problem:
                source.write_text("QUALITY = (\n")
            if notes is not None:
                (after / NOTES).parent.mkdir(exist_ok=True)
                with (after / NOTES).open("a") as handle:
                    handle.write(notes)
            return diff_against_base(base, after)

    def self_check(self, agent_dir: Path, entry: str) -> SmokeResult:
        self._tick(f"self_check {entry}")
        return SmokeResult(entry, 0 if (agent_dir / entry).is_file() else 2, False)

    def _result(self, agent_dir: Path, task_id: str) -> TaskResult:
        try:
            q = quality(agent_dir)
        except AttributeError:
            return TaskResult(task_id, False, True, False, False, agent_exit_code=1)
        resolved = (TASKS.index(task_id) < q if task_id in TASKS
                    else 2 * (HELDOUT.index(task_id) + 1) <= q)
        return TaskResult(task_id, resolved, not resolved, resolved, False, agent_exit_code=0)

    def smoke(self, agent_dir: Path, task: Any, key: str) -> SmokeResult:
        self._tick(f"smoke {key}")
        return SmokeResult(task.id, self._result(agent_dir, task.id).agent_exit_code, False)

    def evaluate(self, agent_dir: Path, tasks: list[Any], key: str, workers: int = 1,
                 repeats: int = 1, on_result: Any = None, first_repeat: int = 0,
                 ) -> list[TaskResult]:
        self._tick(f"evaluate {key}")
        self.calls.append(f"repeats {first_repeat}-{first_repeat + repeats - 1}")
        return [replace(self._result(agent_dir, task.id), repeat=repeat)
                for task in tasks for repeat in range(first_repeat, first_repeat + repeats)]

    def evaluate_staged(self, agent_dir: Path, bench: Any, stages: list[Any], key: str,
                        workers: int = 1, repeats: int = 1, on_result: Any = None) -> EvalResult:
        self._tick(f"evaluate {key}")
        results = [replace(self._result(agent_dir, task_id), repeat=repeat)
                   for task_id in bench.split(stages[0].split) for repeat in range(repeats)]
        return EvalResult(results, [stages[0].split])


def scripted_diagnoser(context: Any) -> Any:
    """Answers by attempt: mostly 'big' or small improvements, sometimes a breaking one."""
    def complete(request: dict[str, Any]) -> dict[str, Any]:
        index = int(context.attempt_id[-2:]) + int(context.attempt_id[1:4])
        word = ["big", "small", "break", "nothing"][index % 4]
        text = json.dumps({"diagnosis": "d", "improvement": f"{word} change",
                           "problem_statement": f"make a {word} change"})
        return {"content": [{"type": "text", "text": text}]}
    return complete


class FakeServices:
    """The attributes and methods the loop and attempts use."""

    def __init__(self, config: RunConfig, harness: FakeHarness) -> None:
        self.config = config
        self.run_id = config.name
        self.harness = harness
        self.bench = FakeBench()
        self.monitor = Monitor()
        self.budget_hit: str | None = None
        self.interrupted: RunInterrupted | None = None  # what a gateway would report

    def progress(self, attempt_id: str, stage: str | None) -> None:
        self.monitor.stage(attempt_id, stage)

    def completer(self, context: Any) -> Any:
        return scripted_diagnoser(context)

    def model(self, role: str) -> str:
        return "fake"

    def smoke_task(self) -> FakeTask:
        return FakeTask("t0")

    def budget_reason(self) -> str | None:
        return self.budget_hit

    def interruption(self) -> RunInterrupted | None:
        return self.interrupted

    def attempt_usage(self, attempt_id: str) -> dict[str, float]:
        return {"usd": 0.0, "tokens": 0}


def fake_config(generations: int = 3, **evolution: Any) -> RunConfig:
    config = RunConfig(name="fake", seed=7)
    config.evolution.generations = generations
    config.evolution.attempts_per_generation = 2
    for key, value in evolution.items():
        setattr(config.evolution, key, value)
    config.evaluation.stages = [StageConfig("small")]
    return config


def start_run(tmp: Path, config, harness: FakeHarness, resumed: bool = False, *,
              loop: type[Evolution] = Evolution, seed_writer=write_seed) -> str:
    """Run (or resume) the loop `loop` on a fake harness in `tmp/run`, from `seed_writer`'s seed."""
    run = RunDir(tmp / "run")
    run.root.mkdir(parents=True, exist_ok=True)
    run.config.write_text(config.to_toml())
    if run.archive.exists():
        archive = GitArchive.open(run.archive)
    else:
        archive = GitArchive.create(run.archive, seed_writer(tmp / "seed"))
    services = FakeServices(config, harness)
    executor = AttemptPool(2, services)
    try:
        return loop(run, services, executor, archive).start(resumed)
    finally:
        executor.shutdown()
