"""`dgm run` and `dgm status`: start, resume and watch an evolution run."""

from __future__ import annotations

import click

from dgm.cli.common import json_option, not_built


@click.command(context_settings={"ignore_unknown_options": False})
@click.option("--config", "config_path", type=click.Path(), help="Run configuration (TOML).")
@click.option("--run-dir", type=click.Path(), help="Directory of the run (default runs/<name>).")
@click.option("--resume", type=click.Path(), help="Resume the run in this directory.")
def run(config_path: str | None, run_dir: str | None, resume: str | None) -> None:
    """Start or resume an evolution run."""
    not_built("run", 6)


@click.command()
@click.argument("run_path", metavar="RUN")
@json_option
def status(run_path: str, as_json: bool) -> None:
    """Where a run stands: generation, archive size, best score, cost."""
    not_built("status", 6)


COMMANDS = [run, status]
