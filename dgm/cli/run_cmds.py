"""`dgm run` and `dgm status`: start, resume and watch an evolution run."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dgm.cli.common import echo_json, json_option, shown
from dgm.evolution.admission import POLICIES
from dgm.evolution.baselines import BASELINES
from dgm.evolution.selection import STRATEGIES
from dgm.placement import PLACEMENTS
from dgm.runner import drive, prepare_new, prepare_resume
from dgm.views.status import render_status, run_status
from ground.errors import DgmError


@click.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Run configuration (TOML); without it, configs/demo.toml's values.")
@click.option("--run-dir", type=click.Path(path_type=Path),
              help="Directory of a new run (default runs/<name>); the run is named after it "
                   "unless the config or --name sets a name.")
@click.option("--resume", "resume_dir", metavar="RUN", type=click.Path(path_type=Path),
              help="Resume the run in this directory.")
@click.option("--from", "start_from", metavar="RUN:AGENT|DIR",
              help="Start the new run from this agent instead of the bundled seed: an agent of "
                   "another run (RUN:AGENT, AGENT being an id, a unique prefix, root, or best by "
                   "that run's own rule; e.g. runs/demo:best), or a directory holding an agent's "
                   "source (evolution.start_from). The run's root is that agent, evaluated in "
                   "generation 0 on this run's benchmark; its record keeps where it came from. "
                   "dgm.toml keeps the agent's full id. Not with --resume.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override any config key, e.g. --set evolution.generations=10 (repeatable).")
@click.option("--name", help="Run name (config key `name`).")
@click.option("--seed", type=int, help="Random seed (config key `seed`).")
@click.option("--generations", type=click.IntRange(min=0),
              help="Total generations after the seed's evaluation (evolution.generations). "
                   "With --resume it is the run's new total, not extra generations, and may not "
                   "be below the generations already finished.")
@click.option("--selection", type=click.Choice(sorted(STRATEGIES)),
              help="Parent selection strategy (evolution.selection).")
@click.option("--admission", type=click.Choice(sorted(POLICIES)),
              help="Archive admission policy (evolution.admission).")
@click.option("--baseline", type=click.Choice(list(BASELINES)),
              help="dgm, or an ablation: " + "; ".join(
                  f"{name}: {b.about}" for name, b in BASELINES.items() if name != "dgm")
              + " (evolution.baseline).")
@click.option("--executor", type=click.Choice(list(PLACEMENTS)),
              help="Where the sandboxes run: this machine (local) or a Ray cluster "
                   "(executor.kind).")
@click.option("--ray-address", help="Ray cluster address (executor.ray_address).")
@click.option("--workers", type=click.IntRange(min=1),
              help="Attempts run at once (executor.workers).")
def run(config_path: Path | None, run_dir: Path | None, resume_dir: Path | None,
        start_from: str | None, overrides: tuple[str, ...], name: str | None, seed: int | None,
        generations: int | None, selection: str | None, admission: str | None,
        baseline: str | None, executor: str | None, ray_address: str | None,
        workers: int | None) -> None:
    """Start a new evolution run, or resume one with --resume RUN.

    A run can be stopped at any moment (Ctrl-C stops after the attempts in flight,
    a second Ctrl-C aborts; a crash or kill -9 is fine too) and resumed with
    `dgm run --resume RUN`, which neither repeats finished work nor pays twice.
    """
    from rich.console import Console  # heavy: rich

    flags = {"name": name, "seed": seed, "evolution.start_from": start_from,
             "evolution.generations": generations,
             "evolution.selection": selection, "evolution.admission": admission,
             "evolution.baseline": baseline, "executor.kind": executor,
             "executor.ray_address": ray_address, "executor.workers": workers}
    sets = [*overrides] + [f"{k}={_toml(v)}" for k, v in flags.items() if v is not None]
    if resume_dir and (config_path or run_dir):
        raise DgmError("--resume takes the run's own config and directory",
                       "drop --config/--run-dir, or start a new run without --resume")
    if resume_dir and start_from is not None:
        raise DgmError("--from sets where a new run starts; a resumed run keeps its own start",
                       "drop --from, or start a new run without --resume")
    if resume_dir:
        run_dir_obj, config = prepare_resume(str(resume_dir), sets)
    else:
        run_dir_obj, config = prepare_new(config_path, str(run_dir) if run_dir else None, sets)
    console = Console(stderr=False)
    reason = drive(run_dir_obj, config, bool(resume_dir), console)
    where = shown(run_dir_obj.root)
    console.print(f"run {config.name} stopped: {reason}; "
                  f"see `dgm status {where}` and `dgm tree {where}`", soft_wrap=True)


def _toml(value: object) -> str:
    return json.dumps(value) if isinstance(value, str) else str(value)


@click.command(short_help="Where a run stands: state, generation, best, cost.")
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.option("--k", "k", type=click.IntRange(min=1), metavar="N",
              help="k of imp@k (default: the run's evolution.imp_k).")
@json_option
def status(run_path: Path, k: int | None, as_json: bool) -> None:
    """Where a run stands: state, generation, archive size, best score, imp@k, cost.

    RUN is a run directory (the one `dgm run` made, e.g. runs/demo). Safe while
    the run is going on: it only reads.
    """
    info = run_status(str(run_path), k)
    if as_json:
        echo_json(info)
    else:
        render_status(info)


COMMANDS = [run, status]
