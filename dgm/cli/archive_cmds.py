"""Archive commands: archive init, tree, show, log, diff, checkout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from dgm.cli.common import echo_json, json_option
from dgm.errors import ArchiveError

if TYPE_CHECKING:
    from agents_archive import GitArchive

RUN_HELP = "RUN is a run directory or an archive.git path."


def _open(run_path: Path) -> GitArchive:
    """Open the archive of a run (imported lazily to keep `dgm --help` fast)."""
    from agents_archive import GitArchive

    return GitArchive.open(run_path)


@click.group()
def archive() -> None:
    """Create and manage agent archives."""


@archive.command(name="init")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--seed", required=True, type=click.Path(path_type=Path),
              help="Source tree of the seed agent.")
def archive_init(directory: Path, seed: Path) -> None:
    """Create a new archive in DIRECTORY rooted at a seed agent."""
    from agents_archive import GitArchive

    if not seed.is_dir():
        raise ArchiveError(f"seed '{seed}' is not a directory",
                           "pass the directory holding the seed agent's source")
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ArchiveError(f"'{directory}' is not empty", "choose a new or empty directory")
    created = GitArchive.create(directory, seed)
    click.echo(f"created archive {created.path} rooted at seed agent {created.root_id}")


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
def tree(run_path: Path) -> None:
    """The lineage tree: id, generation, score, status, summary."""
    from agents_archive.render import tree_lines

    for line in tree_lines(_open(run_path).agents()):
        click.echo(line)


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@json_option
def show(run_path: Path, agent: str, as_json: bool) -> None:
    """One agent's record (AGENT is an id or a unique prefix)."""
    from agents_archive.render import record_text

    opened = _open(run_path)
    record = opened.meta(agent)
    if as_json:
        echo_json(record.to_dict())
    else:
        click.echo(record_text(record, opened.children(record.id)))


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@json_option
def log(run_path: Path, agent: str, as_json: bool) -> None:
    """An agent's ancestry, from the agent up to the seed."""
    from agents_archive.render import agent_line

    opened = _open(run_path)
    first = opened.meta(agent)
    by_id = {r.id: r for r in opened.agents()}
    lineage = [first, *(by_id[a] for a in opened.ancestors(first.id) if a in by_id)]
    if as_json:
        echo_json([r.to_dict() for r in lineage])
    else:
        for record in lineage:
            click.echo(agent_line(record))


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("a")
@click.argument("b")
def diff(run_path: Path, a: str, b: str) -> None:
    """Unified diff of the source from agent A to agent B."""
    click.echo(_open(run_path).diff(a, b), nl=False)


@click.command(epilog=RUN_HELP)
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
@click.argument("agent")
@click.argument("dest", type=click.Path(path_type=Path))
def checkout(run_path: Path, agent: str, dest: Path) -> None:
    """Write an agent's source into DEST (a new or empty directory)."""
    opened = _open(run_path)
    record = opened.meta(agent)
    opened.materialize(record.id, dest)
    click.echo(f"checked out agent {record.id} into {dest}")


COMMANDS = [archive, tree, show, log, diff, checkout]
