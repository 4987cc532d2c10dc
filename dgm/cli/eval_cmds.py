"""`dgm eval`, `dgm grade` and `dgm bench`: score agents on benchmarks."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from dgm.cli.common import check_output, echo_json, json_option
from dgm.cli.swebench_cmds import build_image
from dgm.config import load_config
from dgm.evaluate import agent_source, default_out, eval_config, run_eval, task_ids
from evals import list_benchmarks, load_benchmark
from evals.benchmark import Benchmark
from evals.grading import grade_patch, summarize
from evals.patches import split_patch
from evals.validate import ImageCheck, TaskValidation, local_images, validate_benchmark
from ground.errors import BenchmarkError, DgmError
from sandbox import SandboxConfig, ensure_image

bench_option = click.option(
    "-O", "--bench-option", "bench_options", multiple=True, metavar="KEY=VALUE",
    help="Option for the benchmark loader, e.g. -O image='sweb.eval.x86_64.{docker_id}' for "
         "SWE-bench or -O cache_dir=DIR (repeatable).")
config_option = click.option(
    "--config", "config_path", type=click.Path(path_type=Path),
    help="Run configuration (TOML) whose [sandbox] table hardens the grading sandboxes.")


@click.command(name="eval")
@click.argument("agent")
@click.option("--benchmark", required=True, help="Benchmark name or path (see `dgm bench list`).")
@click.option("--split", help="Split to run (small, medium, full); default small.")
@click.option("--tasks", help="Comma-separated task ids (instead of --split).")
@click.option("--model", help="PROVIDER or PROVIDER/MODEL for the agent: toy (default), "
                              "anthropic, openai/NAME.")
@click.option("--workers", type=int, default=2, show_default=True, help="Tasks run at once.")
@click.option("--repeats", type=int, default=1, show_default=True,
              help="Runs per task, to measure noise.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the toy model.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="New or empty directory for logs, ledger and recordings (default "
                   "runs/evals/<time>); its parent must exist.")
@bench_option
@config_option
@json_option
def eval_(agent: str, benchmark: str, split: str | None, tasks: str | None, model: str | None,
          workers: int, repeats: int, seed: int, out_dir: Path | None,
          bench_options: tuple[str, ...], config_path: Path | None, as_json: bool) -> None:
    """Score one agent (a directory or RUN:ID) on a benchmark.

    Each task runs the agent in a sandbox, takes its diff on the host and grades
    it in a fresh sandbox against the hidden tests.
    """
    if workers < 1 or repeats < 1:
        raise click.BadParameter("--workers and --repeats must be at least 1")
    options = parse_options(bench_options)
    config = eval_config(config_path, benchmark, model, workers, seed, options)
    ids = task_ids(load_benchmark(benchmark, **options), split, tasks)
    if out_dir is not None:
        check_output(out_dir, "--out")
        if out_dir.is_dir() and any(out_dir.iterdir()):
            raise DgmError(f"--out {out_dir} is not empty", "pass a new or empty directory")
    out = out_dir or default_out()
    with agent_source(agent) as agent_dir:
        report = run_eval(config, agent_dir, ids, out, repeats,
                          lambda total: _progress(total, as_json))
    (out / "eval.json").write_text(json.dumps(report, indent=1))
    if as_json:
        echo_json(report)
    else:
        _print_eval(report)


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Any]:
    """A progress bar on stderr; yields a callback taking one task result."""
    # heavy: rich
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), disable=quiet, transient=True) as bar:
        job = bar.add_task("tasks", total=total)
        yield lambda result: bar.update(job, advance=1, description=result.task_id)


def _print_eval(report: dict[str, Any]) -> None:
    # heavy: rich
    from rich.console import Console
    from rich.table import Table

    table = Table("task", "resolved", "empty patch", "applied", "timed out", "agent s", "usd")
    for r in report["results"]:
        table.add_row(r["task_id"], _mark(r["resolved"]), _mark(r["empty_patch"]),
                      _mark(r["patch_applied"]), _mark(r["timed_out"]), f"{r['agent_s']:.1f}",
                      f"{r['usd']:.4f}")
    s = report["summary"]
    console = Console()
    if report["simulated"]:
        console.print("[yellow]simulated model (toy): results are a simulation[/yellow]")
    console.print(table)
    low, high = s["interval"]
    console.print(f"score {s['score']:.3f} [95% interval {low:.2f}, {high:.2f}] "
                  f"({s['resolved']}/{s['total']} runs resolved, {s['tasks']} tasks), "
                  f"${s['usd']:.4f}, {s['tokens']:,} tokens, {s['seconds']} s; logs in "
                  f"{report['out']}")


def _mark(flag: bool) -> str:
    return "yes" if flag else "-"


def parse_options(pairs: tuple[str, ...]) -> dict[str, str]:
    """KEY=VALUE pairs as a dict."""
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise BenchmarkError(f"bad benchmark option {pair!r}", "write it as KEY=VALUE")
        options[key.strip()] = value
    return options


def sandbox_setup(config_path: Path | None,
                  variants: list[str] | tuple[str, ...] = ()) -> tuple[SandboxConfig, str]:
    """The sandbox config (defaults, or a run config's [sandbox] table) and the image tag; the
    image `variants` a benchmark's tasks need are built too, when missing."""
    config = load_config(config_path).sandbox if config_path is not None else SandboxConfig()
    image = ensure_image()
    for variant in variants:
        ensure_image(variant=variant)
    return config, image


def read_patch(patch_file: str) -> str:
    """The patch text from a file, or stdin for '-'; BenchmarkError when it is not a diff."""
    try:
        text = sys.stdin.read() if patch_file == "-" else Path(patch_file).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchmarkError(f"cannot read patch {patch_file}: {exc}",
                             "pass a readable unified diff file") from None
    if text.strip() and not split_patch(text):
        raise BenchmarkError(f"{patch_file} is not a unified diff",
                             "pass the output of `git diff` or `diff -u`")
    return text


@click.command(short_help="Grade a patch against a task's hidden tests.")
@click.option("--benchmark", required=True, help="Benchmark name or path.")
@click.option("--task", "task_id", required=True, help="Task id.")
@click.option("--patch", "patch_file", required=True,
              type=click.Path(dir_okay=False, allow_dash=True),
              help="Unified diff file ('-' for stdin).")
@bench_option
@config_option
@json_option
@click.pass_context
def grade(ctx: click.Context, benchmark: str, task_id: str, patch_file: str,
          bench_options: tuple[str, ...], config_path: Path | None, as_json: bool) -> None:
    """Grade a given patch against a task's hidden tests in a fresh sandbox.

    Exits 0 when the patch resolves the task, 1 when it does not, 2 on an error.
    """
    task = load_benchmark(benchmark, **parse_options(bench_options)).task(task_id)
    patch = read_patch(patch_file)
    variants = [task.sandbox_variant] if task.sandbox_variant else []
    config, image = sandbox_setup(config_path, variants)
    result = grade_patch(task, patch, config, image)
    if as_json:
        echo_json({"benchmark": task.benchmark, "results": [result.to_dict()],
                   "summary": summarize([result])})
    else:
        show_grade(result)
    ctx.exit(0 if result.resolved else 1)


def show_grade(result: Any) -> None:
    """A few lines about one grade."""
    verdict = "RESOLVED" if result.resolved else "not resolved"
    click.echo(f"{result.task_id}: {verdict}  ({result.tests_passed} passed, "
               f"{result.tests_failed} failed, {result.duration_s:.1f}s)")
    facts = {"empty patch": result.empty_patch, "patch applied": result.patch_applied,
             "timed out": result.timed_out}
    click.echo("  " + ", ".join(f"{k}: {'yes' if v else 'no'}" for k, v in facts.items()))
    if result.dropped_paths:
        click.echo(f"  dropped (protected) paths: {', '.join(result.dropped_paths)}")
    for line in ([result.error] if result.error else []) + result.failed_tests[:10]:
        click.echo(f"  {line}")


@click.group()
def bench() -> None:
    """List and validate benchmarks."""


bench.add_command(build_image)


@bench.command(name="list")
@json_option
def bench_list(as_json: bool) -> None:
    """List the benchmarks and the formats that take a path."""
    infos = list_benchmarks()
    if as_json:
        echo_json([info.to_dict() for info in infos])
        return
    for info in infos:
        size = f"{info.tasks} tasks" if info.tasks is not None else "needs a path"
        splits = ", ".join(f"{k} {v}" for k, v in info.splits.items())
        click.echo(f"{info.usage:<16} {size:<14} {splits:<42} {info.description}")
        for note in info.notes:
            click.echo(f"{'':<16} {note}")


@bench.command(name="validate", short_help="Check every task of a benchmark is well-posed.")
@click.argument("name")
@click.option("--split", help="Only the tasks of this split (default: every task, the "
                               "held-out ones too).")
@click.option("--tasks", "task_list", help="Comma-separated task ids.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Tasks validated at once.")
@bench_option
@config_option
@json_option
@click.pass_context
def bench_validate(ctx: click.Context, name: str, split: str | None, task_list: str | None,
                   workers: int, bench_options: tuple[str, ...], config_path: Path | None,
                   as_json: bool) -> None:
    """Check every task: the untouched repo fails, the reference solution passes.

    Both run in fresh sandboxes. Exits 0 when every task is valid, 1 when some are
    not (they are listed with the reason), 2 on an error.
    """
    bench = load_benchmark(name, **parse_options(bench_options))
    ids = bench.select(split, task_list.split(",") if task_list else None)
    tasks = [bench.task(i) for i in ids]
    config, image = sandbox_setup(config_path, sorted({t.sandbox_variant for t in tasks
                                                       if t.sandbox_variant}))
    images = local_images(tasks)
    if not as_json:
        for line in bench.skipped():  # e.g. polyglot languages the image cannot grade yet
            click.echo(line)
        show_images(images)
    checks = run_validation(bench, ids, config, image, workers, images.not_validated())
    bad = [c for c in checks if not c.valid]
    if as_json:
        summary = {"tasks": len(checks), "valid": len(checks) - len(bad),
                   "invalid": [c.task_id for c in bad],
                   "not_validated": [c.task_id for c in checks if not c.validated]}
        echo_json({"benchmark": bench.name, "valid": not bad, "images": images.to_dict(),
                   "tasks": [c.to_dict() for c in checks], "summary": summary,
                   "languages": by_language(tasks, checks)})
    else:
        for check in bad:
            label = "INVALID" if check.validated else "NOT VALIDATED"
            click.echo(f"{label} {check.task_id}: {'; '.join(check.problems)}")
        languages = by_language(tasks, checks)
        if len(languages) > 1:
            click.echo(f"{'language':<12} {'tasks':>5} {'valid':>5} {'seconds':>8}")
            for lang, row in languages.items():
                click.echo(f"{lang:<12} {row['tasks']:>5} {row['valid']:>5} {row['seconds']:>8.1f}")
        click.echo(f"{len(checks) - len(bad)}/{len(checks)} tasks of {bench.name} are valid")
    ctx.exit(1 if bad else 0)


def by_language(tasks: list[Any], checks: list[Any]) -> dict[str, dict[str, Any]]:
    """Per task language: tasks, valid ones, and the seconds their validation took."""
    language = {t.id: t.language for t in tasks}
    rows: dict[str, dict[str, Any]] = {}
    for check in checks:
        row = rows.setdefault(language.get(check.task_id, "?"),
                              {"tasks": 0, "valid": 0, "seconds": 0.0})
        row["tasks"] += 1
        row["valid"] += int(check.valid)
        row["seconds"] = round(row["seconds"] + check.duration_s, 1)
    return rows


def show_images(images: ImageCheck) -> None:
    """The environment images present and missing, and how to get each missing one."""
    if not images.present and not images.missing:
        return  # every task runs in the sandbox image
    missing = (f", {len(images.missing)} missing (their tasks are not validated)"
               if images.missing else "")
    click.echo(f"environment images: {len(images.present)} present{missing}")
    for tag in images.present:
        click.echo(f"  present  {tag}")
    for entry in images.missing:
        click.echo(f"  MISSING  {entry['image']}  (task {entry['instance_id']})\n"
                   f"           get it: {entry['how']}")


def run_validation(bench: Benchmark, ids: list[str], config: SandboxConfig, image: str,
                   workers: int, skip: dict[str, TaskValidation]) -> list[TaskValidation]:
    """Validate with a progress bar on stderr; the tasks in `skip` are reported, not run."""
    # heavy: rich
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = [TextColumn("validating"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[last]}")]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("validate", total=len(ids) - len(skip), last="")
        return validate_benchmark(bench, ids, config, image, workers, on_done=lambda c: (
            progress.update(bar, advance=1, last=f"{'ok' if c.valid else 'INVALID'} {c.task_id}")),
                                  skip=skip)


COMMANDS = [eval_, grade, bench]
