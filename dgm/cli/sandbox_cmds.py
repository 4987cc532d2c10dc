"""`dgm sandbox`: build the image, check hardening, run a command, collect leftovers."""

from __future__ import annotations

import click

from dgm.cli.common import not_built


@click.group()
def sandbox() -> None:
    """Hardened Docker sandboxes."""


@sandbox.command()
def build() -> None:
    """Build the sandbox image when it is missing."""
    not_built("sandbox build", 3)


COMMANDS = [sandbox]
