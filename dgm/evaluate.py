"""`dgm eval`: score one agent on benchmark tasks, outside any evolution run."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dgm.config import RunConfig, load_config
from dgm.errors import DgmError

EVAL_VERSION = 1
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
        config.gateway = {**config.gateway, "provider": provider,
                          "model": name or DEFAULT_MODELS.get(provider, config.gateway.get(
                              "model", "toy")), "roles": {}}
    from dgm.config import validate

    validate(config)
    return config


@contextmanager
def agent_source(agent: str) -> Iterator[Path]:
    """AGENT as a directory: itself, or RUN:ID materialised from the run's archive."""
    path = Path(agent)
    if path.is_dir():
        if not (path / "coding_agent.py").exists():
            raise DgmError(f"{agent} has no coding_agent.py", "pass an agent's source directory")
        yield path
        return
    run, sep, agent_id = agent.rpartition(":")
    if not sep or not run:
        raise DgmError(f"no agent directory at {agent}", "pass a directory or RUN:AGENT_ID")
    from agents_archive import GitArchive

    archive = GitArchive.open(Path(run))
    with tempfile.TemporaryDirectory(prefix="dgm-agent-") as tmp:
        yield archive.materialize(agent_id, Path(tmp) / "agent")


def task_ids(bench: Any, split: str | None, tasks: str | None) -> list[str]:
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
             on_result: Any = None) -> dict[str, Any]:
    """Run and grade the agent on every task; the summary and per-task results."""
    from dgm.services import RunServices

    out.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    with RunServices(config, out) as svc:
        tasks = [svc.bench.task(i) for i in ids]
        results = svc.harness.evaluate(agent_dir, tasks, "eval", config.evaluation.workers,
                                       repeats, on_result)
        simulated = svc.simulated
    rows = [r.to_dict() for r in results]
    resolved = sum(r.resolved for r in results)
    return {"v": EVAL_VERSION, "agent": str(agent_dir), "benchmark": config.evaluation.benchmark,
            "simulated": simulated, "out": str(out), "results": rows,
            "summary": {"score": resolved / len(results) if results else 0.0,
                        "resolved": resolved, "total": len(results),
                        "empty_patches": sum(r.empty_patch for r in results),
                        "timed_out": sum(r.timed_out for r in results),
                        "usd": round(sum(r.usd for r in results), 6),
                        "tokens": sum(r.tokens for r in results),
                        "seconds": round(time.monotonic() - start, 1)}}


def default_out() -> Path:
    return Path("runs") / "evals" / time.strftime("%Y%m%d-%H%M%S")


def copy_agent(src: Path, dest: Path) -> Path:
    """Keep a copy of the agent next to its results."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".git", "__pycache__"),
                    dirs_exist_ok=True)
    return dest
