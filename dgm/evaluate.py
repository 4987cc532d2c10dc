"""`dgm eval`: score one agent on benchmark tasks, outside any evolution run."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from agents_archive import GitArchive, check_agent_source
from dgm.config import RunConfig, load_config, validate
from dgm.evolution.scoring import runs_of, score_of
from dgm.gateway.providers import PROVIDERS
from dgm.services import open_services
from evals.benchmark import Benchmark
from evals.harness import TaskResult
from ground.errors import ConfigError, DgmError

EVAL_VERSION = 1
OnResult = Callable[[TaskResult], None] | None  # told of each task result as it comes
DEFAULT_MODELS = {"toy": "toy", "anthropic": "claude-sonnet-4-5"}


def eval_config(config_path: Path | None, benchmark: str, model: str | None, workers: int,
                seed: int, options: dict[str, str]) -> RunConfig:
    """A run config for one evaluation: the file's [gateway]/[sandbox], our benchmark."""
    config = load_config(config_path) if config_path else RunConfig(name="eval")
    config.seed = seed
    config.evaluation.benchmark = benchmark
    config.evaluation.benchmark_options = options
    config.evaluation.workers = workers
    if model:
        provider, _, name = model.partition("/")
        check_provider(provider, model)
        config.gateway = replace(config.gateway, provider=provider, roles={},
                                 model=name or DEFAULT_MODELS.get(provider, config.gateway.model))
    validate(config)
    return config


def check_provider(provider: str, given: str) -> None:
    """--model names a known provider (ConfigError listing them otherwise)."""
    if provider not in PROVIDERS:
        raise ConfigError(f"--model {given}: unknown provider '{provider}'",
                          f"pass --model PROVIDER or PROVIDER/MODEL with PROVIDER one of: "
                          f"{', '.join(sorted(PROVIDERS))}")


@contextmanager
def agent_source(agent: str) -> Iterator[Path]:
    """AGENT as a directory: itself, or RUN:ID materialised from the run's archive."""
    path = Path(agent)
    if path.is_dir():
        check_agent_source(path)
        yield path
        return
    run, sep, agent_id = agent.rpartition(":")
    if not sep or not run:
        raise DgmError(f"no agent directory at {agent}", "pass a directory or RUN:AGENT_ID")

    archive = GitArchive.open(Path(run))
    with tempfile.TemporaryDirectory(prefix="dgm-agent-") as tmp:
        yield archive.materialize(agent_id, Path(tmp) / "agent")


def task_ids(bench: Benchmark, split: str | None, tasks: str | None) -> list[str]:
    """The tasks to run: --tasks, or a split (default small)."""
    if tasks and split:
        raise DgmError("--split and --tasks both given", "pass one of them")
    if tasks:
        ids = [t.strip() for t in tasks.split(",") if t.strip()]
        for task_id in ids:
            bench.task(task_id)  # unknown ids fail here, listing the valid ones
        return ids
    return bench.split(split or "small")


def run_eval(config: RunConfig, agent_dir: Path, ids: list[str], out: Path, repeats: int,
             progress: Callable[[int], AbstractContextManager[OnResult]] | None = None,
             ) -> dict[str, Any]:
    """Run and grade the agent on every task; the summary and per-task results.

    `progress(total)` is entered once the sandboxes and the gateway are ready and yields
    the callback told of each task result. If they cannot be made ready (no Docker, no
    key, ...), an `out` this call created is removed again.
    """
    created = not out.exists()
    began = False
    start = time.monotonic()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with open_services(config, out) as svc:
            tasks = [svc.bench.task(i) for i in ids]
            began = True
            with (progress or _no_progress)(len(tasks) * repeats) as on_result:
                results = svc.harness.evaluate(agent_dir, tasks, "eval",
                                               config.evaluation.workers, repeats, on_result)
            simulated = svc.simulated
    except BaseException:
        if created and not began:
            shutil.rmtree(out, ignore_errors=True)
        raise
    return eval_report(config, agent_dir, out, results, simulated, time.monotonic() - start)


@contextmanager
def _no_progress(total: int) -> Iterator[OnResult]:
    yield None


def eval_report(config: RunConfig, agent_dir: Path, out: Path, results: list[TaskResult],
                simulated: bool, seconds: float) -> dict[str, Any]:
    """The `dgm eval` report (JSON-ready, saved as eval.json): per-task rows and a summary."""
    resolved = sum(r.resolved for r in results)
    score = score_of(runs_of(results))
    return {"v": EVAL_VERSION, "agent": str(agent_dir), "benchmark": config.evaluation.benchmark,
            "simulated": simulated, "out": str(out), "results": [r.to_dict() for r in results],
            "summary": {"score": score.mean, "interval": score.interval(),
                        "runs": score.runs, "tasks": score.tasks,
                        "resolved": resolved, "total": len(results),
                        "empty_patches": sum(r.empty_patch for r in results),
                        "timed_out": sum(r.timed_out for r in results),
                        "usd": round(sum(r.usd for r in results), 6),
                        "tokens": sum(r.tokens for r in results),
                        "seconds": round(seconds, 1)}}


def default_out() -> Path:
    return Path("runs") / "evals" / time.strftime("%Y%m%d-%H%M%S")


def copy_agent(src: Path, dest: Path) -> Path:
    """Keep a copy of the agent next to its results."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".git", "__pycache__"),
                    dirs_exist_ok=True)
    return dest
