"""The CLI's surface: every command is listed and has --help."""

import subprocess
import sys

import pytest

from dgm.cli import cli

TOP_LEVEL = ["run", "status", "archive", "tree", "show", "log", "diff", "checkout", "eval",
             "grade", "replay", "export", "plot", "report", "compare", "bench", "sandbox"]


def run_dgm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True)


def test_help_lists_every_command() -> None:
    out = run_dgm("--help").stdout
    for name in TOP_LEVEL:
        assert f"  {name} " in out, name


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_each_command_has_help(name: str) -> None:
    result = run_dgm(name, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_import_dgm_is_cheap() -> None:
    code = ("import sys, dgm, dgm.cli; "
            "print(sorted({'docker', 'anthropic', 'ray'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "[]"
