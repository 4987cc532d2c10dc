"""Archive commands: archive init, tree, show, log, diff, checkout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from agents_archive import GitArchive, check_agent_source
from dgm.cli.common import check_output, echo_json, json_option, print_warnings
from dgm.views import tree as views_tree
from dgm.views.lineage import Lineage
from dgm.views.log import log_entries, log_lines
from dgm.views.rundata import RunView, check_outside
from dgm.views.show import agent_view, render_show
from dgm.views.tree import tree_header, tree_lines, tree_text
from ground.errors import ArchiveError

RUN_HELP = "RUN is a run directory or an archive.git path."


def _open(run_path: Path) -> GitArchive:
    """Open the archive of a run (imported lazily to keep `dgm --help` fast)."""
    return GitArchive.open(run_path)


@click.group()
def archive() -> None:
    """Create and manage agent archives."""


@archive.command(name="init")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--seed", required=True, type=click.Path(path_type=Path),
              help="Source tree of the seed agent (a directory with coding_agent.py).")
def archive_init(directory: Path, seed: Path) -> None:
    """Create a new archive in DIRECTORY rooted at a seed agent.

    DIRECTORY must be new or empty; its parent directory must exist.
    """
    check_agent_source(seed)
    if directory.exists() and not directory.is_dir():
        raise ArchiveError(f"'{directory}' is a file, not a directory",
                           "choose a new or empty directory")
    if directory.is_dir() and any(directory.iterdir()):
        raise ArchiveError(f"'{directory}' is not empty", "choose a new or empty directory")
    check_output(directory, "DIRECTORY")
    created = GitArchive.create(directory, seed)
    click.echo(f"created archive {created.path} rooted at seed agent {created.root_id}")


TREE_SUFFIXES = {".txt": "text", ".dot": "dot", ".gv": "dot", ".svg": "svg", ".json": "json"}


@click.command(epilog=RUN_HELP, short_help="The lineage tree, the path to the best marked.")
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "dot", "svg", "json"]),
              help="Output format (default: from -o's suffix, else text).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to this file instead of stdout (its directory must exist).")
@json_option
def tree(run_path: Path, fmt: str | None, output: Path | None, as_json: bool) -> None:
    """The lineage tree: id, iteration, score, status, summary; the path to the best agent marked.

    --json is --format json. SVG needs Graphviz's `dot` (Debian package graphviz).
    """
    fmt = _tree_format(fmt, output, as_json)
    run = RunView(run_path)
    if output is not None:
        check_outside(run, output)
        check_output(output, "-o")
    lineage = Lineage(run.records, run.best_rule)
    if fmt == "text" and output is None:
        _print_tree(lineage, run.name)
        return
    if fmt == "json":
        text = json.dumps(lineage.to_dict(run.name), indent=2) + "\n"
    elif fmt in ("dot", "svg"):
        text = views_tree.tree_dot(lineage, run.name)
        text = views_tree.tree_svg(text) if fmt == "svg" else text
    else:
        text = views_tree.tree_text(lineage, run.name)
    _emit(text, output)


def _tree_format(fmt: str | None, output: Path | None, as_json: bool) -> str:
    """--json, else --format, else the output file's suffix, else text."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} disagree; pass one of them")
    if as_json:
        return "json"
    suffix = output.suffix.lower() if output is not None else ""
    return fmt or TREE_SUFFIXES.get(suffix, "text")


def _print_tree(lineage: Any, run_name: str) -> None:
    """The text tree: styled on a terminal, plain when piped."""
    # heavy: rich
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    if not console.is_terminal:
        click.echo(tree_text(lineage, run_name), nl=False)
        return
    lines = tree_lines(lineage)
    body = Text("\n").join(Text(line.text, style=line.style) for line in lines)
    console.print(body, no_wrap=True, overflow="ellipsis", crop=True)
    console.print(Text(tree_header(lineage, run_name), style="dim"))


def _emit(text: str, output: Path | None) -> None:
    """Write to a file, or to stdout."""
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    click.echo(f"wrote {output}", err=True)


@click.command(epilog=RUN_HELP, short_help="One agent: parent, problem, results, cost, diff.")
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@json_option
def show(run_path: Path, agent: str, as_json: bool) -> None:
    """One agent: parent, problem statement, per-task results, cost, diff against its parent.

    Also the score change and the tasks gained and lost against the parent (over the tasks
    both were scored on), and the wall time and cost of the attempt that made it.
    AGENT is an id, a unique prefix, or 'root'.
    """
    from rich.console import Console  # heavy: rich

    run = RunView(run_path)
    view = agent_view(run, agent)
    print_warnings(run)
    if as_json:
        echo_json(view)
    else:
        render_show(view, Console(highlight=False, soft_wrap=True))


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@json_option
def log(run_path: Path, agent: str, as_json: bool) -> None:
    """An agent's ancestry, from the agent up to the seed.

    Each line: id, depth, iteration, score, status, the score change and tasks gained/lost
    against its parent, the attempt's wall time and cost, summary.
    """
    run = RunView(run_path)
    entries = log_entries(run, agent)
    print_warnings(run)
    if as_json:
        echo_json([entry for _, entry in entries])
    else:
        for line in log_lines(entries):
            click.echo(line)


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("a")
@click.argument("b")
def diff(run_path: Path, a: str, b: str) -> None:
    """Unified diff of the source from agent A to agent B."""
    click.echo(_open(run_path).diff(a, b), nl=False)


@click.command(epilog=RUN_HELP, short_help="Write an agent's source into a new directory.")
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@click.argument("dest", type=click.Path(path_type=Path))
def checkout(run_path: Path, agent: str, dest: Path) -> None:
    """Write an agent's source into DEST (a new or empty directory whose parent exists)."""
    opened = _open(run_path)
    record = opened.meta(agent)
    check_output(dest, "DEST")
    opened.materialize(record.id, dest)
    click.echo(f"checked out agent {record.id} into {dest}")


COMMANDS = [archive, tree, show, log, diff, checkout]
