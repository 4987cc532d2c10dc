"""Start or resume a run: check the run directory, build the services, drive the loop."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

from agents_archive import GitArchive
from dgm.config import RunConfig, load_config, read_toml, validate
from dgm.evolution.hgm_loop import HgmEvolution
from dgm.evolution.hyper_loop import HyperagentEvolution
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.evolution.protocols import Executor
from dgm.journal import Journal
from dgm.origin import SEED_DIR as SEED_DIR  # re-exported: the bundled seed, for benchmarks
from dgm.origin import resolve_start
from dgm.placement import Placement
from dgm.run.state import fold, interruption_causes, step_reached, unfinished_attempts
from dgm.rundir import RunDir, write_text_atomic
from dgm.services import RunServices, open_services, run_benchmark
from ground.errors import DgmError, RunError
from ground.provider import Provider
from ground.socketdirs import remove_stale_socket_dirs
from ground.tomlconfig import parse_override
from sandbox import collect_garbage, refuse_new_sandboxes, remove_owned
from sandbox.cleanup import docker_errors
from sandbox.errors import SandboxError

if TYPE_CHECKING:
    from rich.console import Console

# The stop reasons of a run stopped by hand (Ctrl-C, Ctrl-C twice, SIGTERM): such a run is not
# finished, and `dgm run --resume` continues it.
INTERRUPTED, ABORTED, TERMINATED = "interrupted", "aborted", "terminated"
STOPPED_BY_HAND = (INTERRUPTED, ABORTED, TERMINATED)
ABORT_CLEANUP_S = 10.0  # how long a second Ctrl-C may spend removing the run's sandboxes
DEMO_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "demo.toml"
# evolution.mode -> its loop
LOOPS: dict[str, type[Evolution]] = {"dgm": Evolution, "hgm": HgmEvolution,
                                     "hyperagent": HyperagentEvolution}
# Settings a resumed run may change: how long it goes on and where it runs, never what it does.
RESUMABLE_KEYS = ("evolution.generations", "evolution.stagnation_generations",
                  "evolution.hgm.max_task_evals", "budget.",
                  "executor.", "evaluation.workers", "gateway.budget.", "gateway.providers.")


def prepare_new(config_path: Path | None, run_dir: str | None, overrides: list[str],
                ) -> tuple[RunDir, RunConfig]:
    """Validate the config and claim a fresh run directory for it.

    Without --config the run takes configs/demo.toml's values; without a name in the
    config or on the command line, the run is named after its directory.
    """
    source = config_path or default_config()
    config = load_config(source, overrides)
    if run_dir and not names_itself(source, overrides):
        config.name = Path(run_dir).absolute().name
        validate(config)
    run = RunDir(Path(run_dir) if run_dir else Path("runs") / config.name)
    check_new_root(run)
    with resolve_start(config.evolution.start_from, config.evolution.mode) as start:
        config.evolution.start_from = start.start_from  # for good: RUN's best may change
    return run, config


def default_config() -> Path | None:
    """configs/demo.toml beside the package (absent in a bare wheel install: then defaults)."""
    return DEMO_CONFIG if DEMO_CONFIG.is_file() else None


def names_itself(config_path: Path | None, overrides: list[str]) -> bool:
    """Whether the config file or a --set/--name gives the run a name."""
    if any(parse_override(text)[0] == ["name"] for text in overrides):
        return True
    return config_path is not None and "name" in read_toml(config_path)


def check_new_root(run: RunDir) -> None:
    """A new run's directory must be new, or an empty directory we can write in."""
    root = run.root
    if run.exists():
        raise RunError(f"{root} already holds a run",
                       f"resume it with `dgm run --resume {root}` or pick another --run-dir")
    existing = next(p for p in (root, *root.parents) if p.exists())
    if not existing.is_dir():
        raise RunError(f"{existing} is a file, not a directory",
                       "pass a new or empty directory as --run-dir")
    if existing == root and any(root.iterdir()):
        raise RunError(f"{root} exists and is not empty", "pick an empty or new --run-dir")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise RunError(f"cannot create the run in {existing} (no write permission)",
                       "pick a --run-dir you can write to")


def prepare_resume(path: str, overrides: list[str]) -> tuple[RunDir, RunConfig]:
    """Load a run's own config, with the few overrides a resume may make."""
    run = RunDir.find(path)
    for text in overrides:
        key = ".".join(parse_override(text)[0])
        if not any(key == k or (k.endswith(".") and key.startswith(k)) for k in RESUMABLE_KEYS):
            raise RunError(f"'{key}' cannot change when resuming",
                           "only generations, stagnation, budgets, executor and workers can; "
                           "start a new run to change the rest")
    config = load_config(run.config, overrides)
    done = finished_generations(run)
    if config.evolution.generations < done and not (
            config.evolution.mode == "hgm" and config.evolution.generations == 0):
        raise RunError(f"--generations {config.evolution.generations} is below the {done} "
                       f"generation{'' if done == 1 else 's'} {run.root.name} has finished",
                       f"on --resume, --generations is the run's new total: pass {done} or more")
    return run, config


def finished_generations(run: RunDir) -> int:
    """The highest generation the journal records as finished (RunError if it is damaged)."""
    return max(fold(Journal(run.journal).events()).finished, default=0)


def initialise(run: RunDir, config: RunConfig) -> GitArchive:
    """Write dgm.toml and create the archive rooted at the starting agent (again, from the
    same agent, if a crash came in between)."""
    run.root.mkdir(parents=True, exist_ok=True)
    write_text_atomic(run.config, config.to_toml())
    if run.archive.exists():
        return GitArchive.open(run.archive)
    with resolve_start(config.evolution.start_from, config.evolution.mode) as start:
        return GitArchive.create(run.archive, start.dir, start.meta())


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager, `kill`): abort at once, as a second Ctrl-C does."""


@contextmanager
def interrupts(on_first: Callable[[], None]) -> Iterator[None]:
    """First Ctrl-C: call on_first (stop gracefully); second: KeyboardInterrupt (abort).
    SIGTERM: Terminated (abort)."""
    count = {"n": 0}

    def handler(signum: int, frame: FrameType | None) -> None:
        count["n"] += 1
        if count["n"] == 1:
            on_first()
        else:
            raise KeyboardInterrupt

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGINT, handler)
    previous_term = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


def drive(run: RunDir, config: RunConfig, resumed: bool, console: Console,
          providers: dict[str, Provider] | None = None) -> str:
    """Run the loop to a stop; returns the stop reason.

    A new run that fails before it has started (bad benchmark, no image, ...) leaves
    nothing behind, so the same command can simply be run again once fixed.
    """
    collect_garbage()  # also fails fast, before anything is written, when Docker is down
    remove_stale_socket_dirs()  # gateway folders of drivers that were killed
    bench = run_benchmark(config)  # validates, writes nothing
    for line in bench.skipped():  # e.g. polyglot languages left out: said, never silent
        console.print(line, markup=False, highlight=False)
    existed = run.root.exists()
    try:
        with run.driver_lock():
            archive = initialise(run, config)
            with open_services(config, run.root, bench=bench, providers=providers) as svc:
                return _evolve(run, svc, archive, resumed, console)
    except BaseException:
        if not resumed and not started(run):
            remove_unstarted(run, keep_root=existed)
        raise


def _evolve(run: RunDir, svc: RunServices, archive: GitArchive, resumed: bool,
            console: Console) -> str:
    """Build the attempt pool and the loop, show the live view, run to a stop."""
    from dgm.display import Display  # heavy: rich, for the live view only

    executor = AttemptPool(svc.config.executor.workers, svc)
    evolution = LOOPS[svc.config.evolution.mode](run, svc, executor, archive)
    if resumed:
        for line in resume_plan(run):
            console.print(line, markup=False, highlight=False)
    with Display(svc.monitor, console, svc.simulated) as display, interrupts(
            lambda: _stop_gracefully(evolution, console)):
        try:
            reason = evolution.start(resumed)
        except KeyboardInterrupt as exc:
            display.close()  # the last frame, then a fresh line for what follows
            abort(run, evolution, executor, svc, terminated=isinstance(exc, Terminated))
        except BaseException:  # an error, a provider outage, a full disk: leave nothing behind
            display.close()
            wind_down(executor, svc.placement)
            raise
        executor.shutdown(wait=True)
        return reason


def resume_plan(run: RunDir) -> list[str]:
    """What a resume will redo: the attempts the last session left, from the step each reached."""
    events = list(Journal(run.journal).events())
    left = unfinished_attempts(events)
    if not left:
        return []
    causes = interruption_causes(events)
    evolution = read_toml(run.config).get("evolution", {}) if run.config.exists() else {}
    mode = str(evolution.get("mode", "dgm")) if isinstance(evolution, dict) else "dgm"
    lines = [f"resuming: {len(left)} attempt{'' if len(left) == 1 else 's'} left unfinished "
             "will run again (saved steps are reused, recorded model answers replayed):"]
    for attempt in left:
        cause = f" (cut short: {causes[attempt]})" if causes.get(attempt) else ""
        step = step_reached(run.attempts / attempt, mode)
        lines.append(f"  {attempt}: redo from {step}{cause}")
    return lines


def wind_down(executor: Executor, placement: Placement) -> None:
    """The loop failed: drop queued attempts, remove this run's sandboxes so the attempts in
    flight end at once, and wait for their threads (their saved steps are kept)."""
    executor.shutdown(wait=False)
    refuse_new_sandboxes("the run is stopping")
    try:
        placement.abandon()
        remove_sandboxes()
        executor.shutdown(wait=True)
    finally:
        refuse_new_sandboxes(None)  # the threads are gone; this process may start runs again


def started(run: RunDir) -> bool:
    """Whether the run's journal records a start (then it is resumable, never removed)."""
    return run.journal.exists() and run.journal.stat().st_size > 0


def remove_unstarted(run: RunDir, keep_root: bool) -> None:
    """Remove what a new run wrote before it could start (the folder too if it made it)."""
    if not keep_root:
        shutil.rmtree(run.root, ignore_errors=True)
        return
    for child in list(run.root.iterdir()) if run.root.is_dir() else []:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def abort(run: RunDir, evolution: Evolution, executor: Executor, svc: RunServices,
          terminated: bool = False) -> NoReturn:
    """Second Ctrl-C or SIGTERM: journal the stop, remove our sandboxes, the gateway's
    socket folder and the lock, and leave without waiting.

    The attempts in flight re-run on resume from their saved steps. Their sandboxes are
    removed here within a bounded time; any left over (or made meanwhile by a thread)
    belongs to a dead process afterwards, expires by itself, and the next `dgm run` or
    `dgm sandbox gc` removes it.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):  # nothing may cut the clean-up short
        signal.signal(sig, signal.SIG_IGN)
    reason = TERMINATED if terminated else ABORTED
    executor.shutdown(wait=False)
    refuse_new_sandboxes(f"the run was {reason}")
    svc.placement.abandon()
    with contextlib.suppress(OSError, DgmError):  # a full disk must not stop the clean-up
        evolution.journal.append("run_stopped", time.time(), reason=reason,
                                 wall_s=evolution.wall_s())
    print(f"{reason[:-2]}ing: removing this run's sandboxes", file=sys.stderr)
    remove_sandboxes()
    if svc.gateway.socket_dir is not None:  # the gateway is not closed on this path
        shutil.rmtree(svc.gateway.socket_dir, ignore_errors=True)
    run.release_lock()
    print(f"{reason}; `dgm run --resume` continues the run", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(143 if terminated else 130)  # worker threads are still inside sandboxes


def remove_sandboxes(within_s: float = ABORT_CLEANUP_S) -> None:
    """Remove this process's sandboxes now; a failure is a warning (gc reaps them later)."""
    failures: tuple[type[BaseException], ...] = (SandboxError, *docker_errors())
    try:
        remove_owned(within_s=within_s)
    except failures as exc:
        print(f"could not remove the sandboxes ({exc}); `dgm sandbox gc` removes them",
              file=sys.stderr)


def _stop_gracefully(evolution: Evolution, console: Console) -> None:
    """First Ctrl-C (in the signal handler): stop after the attempts in flight."""
    try:
        evolution.request_stop(INTERRUPTED)
    except OSError as exc:  # the journal could not say so; the loop still stops
        evolution.stopping = INTERRUPTED
        print(f"could not journal the stop request: {exc}", file=sys.stderr)
    print("stopping after the attempts in flight; Ctrl-C again to abort "
          "(either way `dgm run --resume` continues)", file=sys.stderr)
