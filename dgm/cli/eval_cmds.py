"""`dgm eval`, `dgm grade` and `dgm bench`: score agents on benchmarks."""

from __future__ import annotations

import click

from dgm.cli.common import json_option, not_built


@click.command(name="eval")
@click.argument("agent")
@click.option("--benchmark", required=True, help="Benchmark name (see `dgm bench list`).")
@click.option("--split", help="Split to run (small, medium, full).")
@click.option("--tasks", help="Comma-separated task ids.")
@click.option("--model", help="Provider for the coding agent (toy, anthropic, openai).")
@click.option("--workers", type=int, default=1, show_default=True, help="Tasks run at once.")
@json_option
def eval_(agent: str, benchmark: str, split: str | None, tasks: str | None, model: str | None,
          workers: int, as_json: bool) -> None:
    """Score one agent (a directory or RUN:ID) on a benchmark."""
    not_built("eval", 5)


@click.command()
@click.option("--benchmark", required=True, help="Benchmark name.")
@click.option("--task", "task_id", required=True, help="Task id.")
@click.option("--patch", "patch_file", required=True, type=click.Path(), help="Unified diff.")
@json_option
def grade(benchmark: str, task_id: str, patch_file: str, as_json: bool) -> None:
    """Grade a given patch against a task's hidden tests."""
    not_built("grade", 5)


@click.group()
def bench() -> None:
    """List and validate benchmarks."""


@bench.command(name="list")
@json_option
def bench_list(as_json: bool) -> None:
    """List the benchmarks that are available."""
    not_built("bench list", 5)


@bench.command(name="validate")
@click.argument("name")
@json_option
def bench_validate(name: str, as_json: bool) -> None:
    """Check every task: the untouched repo fails, the reference solution passes."""
    not_built("bench validate", 5)


COMMANDS = [eval_, grade, bench]
