"""Archive commands: init, tree, show, log, diff, checkout."""

from __future__ import annotations

import click

from dgm.cli.common import json_option, not_built


@click.group()
def archive() -> None:
    """Create and manage agent archives."""


@archive.command(name="init")
@click.argument("directory")
@click.option("--seed", required=True, type=click.Path(), help="Source tree of the seed agent.")
def archive_init(directory: str, seed: str) -> None:
    """Create a new archive in DIRECTORY rooted at a seed agent."""
    not_built("archive init", 2)


@click.command()
@click.argument("run_path", metavar="RUN")
def tree(run_path: str) -> None:
    """The lineage tree."""
    not_built("tree", 2)


@click.command()
@click.argument("run_path", metavar="RUN")
@click.argument("agent")
@json_option
def show(run_path: str, agent: str, as_json: bool) -> None:
    """One agent's record."""
    not_built("show", 2)


COMMANDS = [archive, tree, show]
