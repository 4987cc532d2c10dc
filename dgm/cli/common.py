"""Small helpers shared by the command modules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from dgm.views.rundata import RunView
from ground.errors import DgmError


def echo_json(obj: Any) -> None:
    """Print one JSON document on stdout."""
    click.echo(json.dumps(obj, indent=2, sort_keys=False, default=str))


def print_warnings(run: RunView) -> None:
    """The run's warnings on stderr, yellow on a terminal, one line each."""
    for line in run.warnings:
        click.secho(f"warning: {line}", fg="yellow", err=True)


def not_built(command: str, issue: int) -> None:
    """Stop a command whose implementation has not landed yet."""
    raise DgmError(f"`dgm {command}` is not available in this version", f"see issue {issue}")


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def check_output(path: Path, option: str, suffixes: tuple[str, ...] = ()) -> None:
    """An output path the command may write: its folder exists (never created) and it fits.

    Every output option behaves alike: missing parent directories are an error, not made.
    """
    if suffixes and path.suffix.lower() not in suffixes:
        raise DgmError(f"{option} {path}: unsupported file type '{path.suffix or '(none)'}'",
                       f"use a name ending in {' or '.join(suffixes)}")
    if path.is_dir() and suffixes:
        raise DgmError(f"{option} {path} is a directory", "pass a file name")
    parent = path.absolute().parent
    if not parent.is_dir():
        what = "is a file, not a directory" if parent.exists() else "does not exist"
        raise DgmError(f"{option} {path}: directory {parent} {what}",
                       f"create the directory first, or pick another {option}")


def shown(path: Path) -> str:
    """A path as a person would type it here: relative when under the working directory."""
    try:
        return str(Path(path).absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
