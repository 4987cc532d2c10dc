"""Small helpers shared by the command modules."""

from __future__ import annotations

import json
from typing import Any

import click

from dgm.errors import DgmError


def echo_json(obj: Any) -> None:
    """Print one JSON document on stdout."""
    click.echo(json.dumps(obj, indent=2, sort_keys=False, default=str))


def not_built(command: str, issue: int) -> None:
    """Stop a command whose implementation has not landed yet."""
    raise DgmError(f"`dgm {command}` is not available in this version", f"see issue {issue}")


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
