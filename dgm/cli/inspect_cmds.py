"""Views and replays of a run: plot, report, compare, replay, export. Views only read the run."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from dgm.cli.common import check_output, echo_json, json_option, print_warnings
from dgm.views.export import SUFFIXES as PREDICTION_SUFFIXES
from dgm.views.export import predictions_text, swebench_predictions
from dgm.views.plot import progress_png
from dgm.views.progress import progress
from dgm.views.replay import ReplayReport, replay_agent
from dgm.views.replay_meta import meta_report_lines, replay_meta
from dgm.views.replay_text import report_lines
from dgm.views.report import build_report
from dgm.views.rundata import RunView, check_outside
from dgm.views.summary import compare as compare_runs
from dgm.views.summary import compare_rows
from ground.errors import DgmError

RUN_ARG = click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
K_OPTION = click.option("--k", "k", type=click.IntRange(min=1), metavar="N",
                        help="k of imp@k (default: the run's evolution.imp_k, else 50).")
PLOT_SUFFIXES = (".png", ".svg", ".pdf")
REPORT_SUFFIXES = (".html", ".htm")


def _run(path: Path) -> Any:
    """A run directory opened read-only (imported lazily to keep `dgm --help` fast)."""
    return RunView.require_run(path)


def _check(run: Any, output: Path, suffixes: tuple[str, ...] = ()) -> None:
    """Refuse, before any work, an output inside the run, in a missing folder or of a wrong type."""
    check_output(output, "-o", suffixes)
    check_outside(run, output)


def _write(output: Path, data: bytes, started: float) -> None:
    """Write an output file (already checked with _check) and say so."""
    output.write_bytes(data)
    click.echo(f"wrote {output} ({len(data) / 1024:,.0f} KiB, "
               f"{time.monotonic() - started:.1f} s)")


@click.command(short_help="Progress plot of a run: scores and cost per iteration.")
@RUN_ARG
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write: .png, .svg or .pdf (its directory must exist).")
def plot(run_path: Path, output: Path) -> None:
    """Progress plot: best and archive scores per iteration, with cumulative cost beside.

    RUN is a run directory (the one `dgm run` made, e.g. runs/demo).
    """
    started = time.monotonic()
    run = _run(run_path)
    _check(run, output, PLOT_SUFFIXES)
    title = f"{run.name}{' (simulated model)' if run.simulated else ''}"
    data = progress_png(progress(run), title, fmt=output.suffix.lower().lstrip("."))
    _write(output, data, started)


@click.command(short_help="One self-contained HTML report of a run.")
@RUN_ARG
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="HTML file to write (.html; its directory must exist).")
@K_OPTION
def report(run_path: Path, output: Path, k: int | None) -> None:
    """One self-contained HTML report (works offline): summary, plots, lineage, every agent.

    RUN is a run directory (the one `dgm run` made, e.g. runs/demo).
    """
    started = time.monotonic()
    run = _run(run_path)
    _check(run, output, REPORT_SUFFIXES)
    _write(output, build_report(run, k).encode(), started)
    print_warnings(run)  # a damaged journal line: the report is made without it, and says so


@click.command(short_help="Two runs side by side: best score, archive, cost.")
@click.argument("run1", type=click.Path(path_type=Path))
@click.argument("run2", type=click.Path(path_type=Path))
@K_OPTION
@json_option
def compare(run1: Path, run2: Path, k: int | None, as_json: bool) -> None:
    """Two runs side by side: best score, imp@k, archive, cost, generations (RUN2 minus RUN1).

    RUN1 and RUN2 are run directories (the ones `dgm run` made, e.g. runs/demo). Runs of
    the same name are labelled with their directories.
    """
    first, second = _run(run1), _run(run2)
    result = compare_runs(first, second, k)
    print_warnings(first)
    print_warnings(second)
    if as_json:
        echo_json(result)
        return
    # heavy: rich
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for i, name in enumerate(("", "RUN1", "RUN2", "RUN2 - RUN1")):
        table.add_column(name, justify="left" if i == 0 else "right", no_wrap=True)
    for row in compare_rows(result):
        table.add_row(*row)
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    if any(r["simulated"] for r in result["runs"]):
        console.print("[yellow]simulated model (toy) in at least one run: a simulation[/yellow]")
    console.print(table)


@click.command(short_help="Re-run an archived agent, recorded or live.")
@RUN_ARG
@click.argument("agent")
@click.option("--tasks", help="Comma-separated task ids (default: all the agent was scored on).")
@click.option("--recorded", is_flag=True, help="Serve the run's recorded model exchanges.")
@click.option("--model", help="Re-run live on PROVIDER or PROVIDER/MODEL (e.g. toy).")
@click.option("--meta", is_flag=True,
              help="Replay the meta agent run that made AGENT (mode hyperagent), not its tasks.")
@click.option("--out", type=click.Path(path_type=Path),
              help="New directory for the replay (default runs/replays/<time>-<agent>).")
@json_option
def replay(run_path: Path, agent: str, tasks: str | None, recorded: bool, model: str | None,
           meta: bool, out: Path | None, as_json: bool) -> None:
    """Re-run an archived agent in sandboxes and compare with what the run archived.

    --recorded serves the recorded exchanges (no model cost) and must reproduce the archived
    outcomes with the same exchanges; --model re-runs live (exchanges are not compared) and
    reports where outcomes differ. A divergence is shown with the whole differing field.

    --meta (runs of mode hyperagent) replays instead the meta agent run that made AGENT:
    its parent's meta agent (the root's under frozen_meta) runs again on the parent's
    source, with the export of that attempt, the same attempt id, seed draw and iterations
    left, and its child patch is compared with the archived child.patch (its outcome) and
    its exchanges with the recorded ones (role meta_agent). The export must be the one the
    meta agent saw: one that is gone or does not match its export.json is refused (exit 2).

    \b
    Verdict (--json "verdict") and exit code:
      identical                          0  every outcome as archived, and with --recorded
                                            every recorded exchange served again
      same_outcomes_diverged_exchanges   1  (--recorded) every outcome as archived, but some
                                            exchange diverged or was never asked: not reproduced
      different                          1  some outcome differs from the archive
    Exit 2 is a usage error (nothing replayed).
    """
    if recorded == bool(model):
        raise DgmError("say how to replay", "pass exactly one of --recorded or --model PROVIDER")
    if meta and tasks:
        raise DgmError("--tasks does not go with --meta",
                       "drop --tasks: --meta replays the one meta agent run that made AGENT")
    only = [t.strip() for t in tasks.split(",") if t.strip()] if tasks else None
    run = _run(run_path)
    if out is not None:
        check_output(out, "--out")
    note = None if as_json else (lambda c: click.echo(_case_line(c), err=True))
    if meta:
        result: ReplayReport = replay_meta(run, agent, model, out)
        lines = meta_report_lines
    else:
        result, lines = replay_agent(run, agent, only, model, out, note), report_lines
    if as_json:
        echo_json(result.to_dict())
    else:
        for line in lines(result):
            click.echo(line)
    raise click.exceptions.Exit(result.exit_code)


def _case_line(case: Any) -> str:
    return (f"  {case.task_id} r{case.repeat}: archived {_outcome(case.archived)}, replayed "
            f"{_outcome(case.replayed)}{'' if case.same_outcome else '  DIFFERS'}")


def _outcome(values: dict[str, Any]) -> str:
    return "resolved" if values.get("resolved") else "unresolved"


@click.command(short_help="An agent's predictions as SWE-bench JSONL.")
@RUN_ARG
@click.argument("agent")
@click.option("--format", "fmt", type=click.Choice(["swebench"]), default="swebench",
              show_default=True, help="Prediction format.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write: .jsonl, or .json for a JSON list (default: JSONL on stdout).")
def export(run_path: Path, agent: str, fmt: str, output: Path | None) -> None:
    """An agent's predictions (instance_id, model_name_or_path, model_patch) for SWE-bench.

    The file is what SWE-bench's harness reads: `swebench eval verified -p FILE`.
    """
    started = time.monotonic()
    run = _run(run_path)
    if output is not None:
        _check(run, output, PREDICTION_SUFFIXES)
    text = predictions_text(swebench_predictions(run, agent), output.suffix if output else "")
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(output, text.encode(), started)


COMMANDS = [plot, report, compare, replay, export]
