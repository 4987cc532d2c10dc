"""`dgm`: the command line. Each command module adds its commands to the group."""

from __future__ import annotations

import sys

import click

from dgm.cli import archive_cmds, eval_cmds, inspect_cmds, run_cmds, sandbox_cmds
from ground.errors import DgmError

# Modules that define commands; each exposes COMMANDS, a list of click commands.
COMMAND_MODULES = (run_cmds, archive_cmds, eval_cmds, inspect_cmds, sandbox_cmds)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dgm")
def cli() -> None:
    """Darwin Gödel Machine: evolve coding agents that rewrite their own code.

    Agents live in a git-backed archive; every agent run happens in a hardened
    Docker sandbox; the model is reached only through a metering gateway.
    """


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a DgmError becomes one line on stderr and exit code 2."""
    try:
        code = cli.main(args=argv, prog_name="dgm", standalone_mode=False)
    except DgmError as exc:
        click.echo(f"dgm: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "dgm"
        click.echo(f"dgm: error: {_one_line(exc.format_message())}; "
                   f"see `{command} --help`", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"dgm: error: {_one_line(exc.format_message())}", err=True)
        sys.exit(2)
    except (click.Abort, KeyboardInterrupt):
        click.echo("dgm: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _one_line(text: str) -> str:
    """Click's message on one line, without its closing full stop."""
    return " ".join(text.split()).rstrip(".")
