"""Start or resume a run: check the run directory, build the services, drive the loop."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from dgm.config import RunConfig, load_config
from dgm.errors import RunError
from dgm.rundir import RunDir, write_text_atomic
from dgm.tomlconfig import parse_override

SEED_DIR = Path(__file__).resolve().parent.parent / "agents_archive" / "seed"
# Settings a resumed run may change: how long it goes on and where it runs, never what it does.
RESUMABLE_KEYS = ("evolution.generations", "budget.", "executor.", "evaluation.workers",
                  "gateway.budget.", "gateway.providers.")


def prepare_new(config_path: Path | None, run_dir: str | None, overrides: list[str],
                ) -> tuple[RunDir, RunConfig]:
    """Validate the config and claim a fresh run directory for it."""
    config = load_config(config_path, overrides)
    run = RunDir(Path(run_dir) if run_dir else Path("runs") / config.name)
    if run.exists():
        raise RunError(f"{run.root} already holds a run",
                       f"resume it with `dgm run --resume {run.root}` or pick another --run-dir")
    if run.root.exists() and any(run.root.iterdir()):
        raise RunError(f"{run.root} exists and is not empty", "pick an empty or new --run-dir")
    return run, config


def prepare_resume(path: str, overrides: list[str]) -> tuple[RunDir, RunConfig]:
    """Load a run's own config, with the few overrides a resume may make."""
    run = RunDir.find(path)
    for text in overrides:
        key = ".".join(parse_override(text)[0])
        if not any(key == k or (k.endswith(".") and key.startswith(k)) for k in RESUMABLE_KEYS):
            raise RunError(f"'{key}' cannot change when resuming",
                           "only generations, budgets, executor and workers can; "
                           "start a new run to change the rest")
    return run, load_config(run.config, overrides)


def initialise(run: RunDir, config: RunConfig, seed_dir: Path = SEED_DIR) -> Any:
    """Write dgm.toml and create the archive (again, if a crash came in between)."""
    from agents_archive import GitArchive

    run.root.mkdir(parents=True, exist_ok=True)
    write_text_atomic(run.config, config.to_toml())
    if run.archive.exists():
        return GitArchive.open(run.archive)
    return GitArchive.create(run.archive, seed_dir, {"summary": "seed agent"})


@contextmanager
def interrupts(on_first: Any) -> Iterator[None]:
    """First Ctrl-C: call on_first (stop gracefully); second: KeyboardInterrupt (abort)."""
    count = {"n": 0}

    def handler(signum: int, frame: Any) -> None:
        count["n"] += 1
        if count["n"] == 1:
            on_first()
        else:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def drive(run: RunDir, config: RunConfig, resumed: bool, console: Any,
          providers: dict[str, Any] | None = None) -> str:
    """Run the loop to a stop; returns the stop reason."""
    from dgm.display import Display
    from dgm.executor import make_executor
    from dgm.loop import Evolution
    from dgm.services import RunServices
    from sandbox import collect_garbage

    collect_garbage()  # also fails fast, before anything is written, when Docker is down
    with run.driver_lock():
        archive = initialise(run, config)
        with RunServices(config, run.root, providers=providers) as svc:
            executor = make_executor(config.executor.kind, config.executor.workers, svc,
                                     address=config.executor.ray_address)
            evolution = Evolution(run, svc, executor, archive)
            with Display(svc.monitor, console, svc.simulated), interrupts(
                    lambda: _stop_gracefully(evolution, console)):
                try:
                    reason = evolution.start(resumed)
                except KeyboardInterrupt:
                    abort(evolution, executor)
                executor.shutdown(wait=True)
                return reason


def abort(evolution: Any, executor: Any) -> NoReturn:
    """Second Ctrl-C: journal the stop and leave now, without waiting for attempts in flight.

    Their sandboxes belong to a dead process afterwards, so the next `dgm run` (or
    `dgm sandbox gc`) removes them; the attempts re-run on resume from their saved steps.
    """
    executor.shutdown(wait=False)
    evolution.journal.append("run_stopped", time.time(), reason="aborted",
                             wall_s=evolution.wall_s())
    print("aborted; `dgm run --resume` continues the run", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)  # worker threads are still inside sandboxes: do not join them


def _stop_gracefully(evolution: Any, console: Any) -> None:
    evolution.stopping = "interrupted"
    print("stopping after the attempts in flight; Ctrl-C again to abort "
          "(either way `dgm run --resume` continues)", file=sys.stderr)
