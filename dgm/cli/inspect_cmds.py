"""Views and replays of a run: plot, report, compare, replay, export."""

from __future__ import annotations

import click

from dgm.cli.common import not_built


@click.command()
@click.argument("run_path", metavar="RUN")
@click.option("-o", "--output", required=True, type=click.Path(), help="PNG file to write.")
def plot(run_path: str, output: str) -> None:
    """Progress plot: best and archive scores per iteration, with cumulative cost."""
    not_built("plot", 7)


@click.command()
@click.argument("run_path", metavar="RUN")
@click.option("-o", "--output", required=True, type=click.Path(), help="HTML file to write.")
def report(run_path: str, output: str) -> None:
    """One self-contained HTML report of a run."""
    not_built("report", 7)


@click.command()
@click.argument("run1")
@click.argument("run2")
def compare(run1: str, run2: str) -> None:
    """Two runs side by side."""
    not_built("compare", 7)


@click.command()
@click.argument("run_path", metavar="RUN")
@click.argument("agent")
@click.option("--tasks", help="Comma-separated task ids.")
@click.option("--recorded", is_flag=True, help="Serve the recorded model exchanges.")
@click.option("--model", help="Re-run live on this provider.")
def replay(run_path: str, agent: str, tasks: str | None, recorded: bool, model: str | None) -> None:
    """Re-run an archived agent, from recordings or live."""
    not_built("replay", 7)


@click.command()
@click.argument("run_path", metavar="RUN")
@click.argument("agent")
@click.option("--format", "fmt", type=click.Choice(["swebench"]), default="swebench")
def export(run_path: str, agent: str, fmt: str) -> None:
    """Export an agent's predictions for external tools."""
    not_built("export", 7)


COMMANDS = [plot, report, compare, replay, export]
