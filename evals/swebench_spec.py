"""How a SWE-bench instance is tested: its eval_script's setup and test command, and its log parser.

The parsers are the `swebench` package's own (`pip install 'dgm[swebench]'`); without the
package, instances whose tests run under pytest are parsed by our JUnit and `-rA` reading.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from evals.polyglot_tests import parse_output as parse_polyglot
from evals.task import Task
from ground.errors import BenchmarkError

# The markers around the test command in an eval_script, as swebench.harness.constants spells them.
START_TEST_OUTPUT = ">>>>> Start Test Output"
END_TEST_OUTPUT = ">>>>> End Test Output"
INSTALL_HINT = "pip install 'dgm[swebench]'"
# SWE-bench's conda environment, activated when the image has it (rows without an eval_script).
DEFAULT_ENV_SETUP = ("if [ -f /opt/miniconda3/bin/activate ]; then "
                     "source /opt/miniconda3/bin/activate && conda activate testbed; fi")
# The package's parsers that read pytest's output (the rest read other runners'); the test
# suite checks this list against the package.
PYTEST_PARSERS = frozenset({
    "parse_log_pytest", "parse_log_pytest_options", "parse_log_pytest_v2",
    "parse_log_matplotlib", "parse_log_seaborn", "parse_log_astroid", "parse_log_flask",
    "parse_log_marshmallow", "parse_log_pvlib", "parse_log_pyvista", "parse_log_sqlfluff",
    "parse_log_xarray", "parse_log_pydicom", "parse_log_requests", "parse_log_pylint",
    "parse_log_astropy", "parse_log_scikit", "parse_log_sphinx"})
# Repositories of SWE-bench's classic rows whose tests run under another runner (checked too).
RUNNER_REPOS = frozenset({"django/django", "sympy/sympy"})
# Lines of an eval_script that set up the environment: activation and exported variables.
_SETUP = re.compile(r"^(source|\.|export)\s|^conda\s+activate\s")
_HEREDOC = re.compile(r"(?<!<)<<-?(?!<)\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?")


def _script_lines(script: str) -> list[str]:
    """The script's lines outside here-documents (a test patch is fed to git through one)."""
    lines, end = [], None
    for line in script.splitlines():
        if end is not None:
            end = None if line.strip() == end else end
            continue
        lines.append(line.strip())
        found = _HEREDOC.search(line)
        end = found.group(1) if found else None
    return lines


def _marker_index(lines: list[str], marker: str, instance: str) -> int:
    """The index of the line carrying `marker`; BenchmarkError when there is none."""
    for i, line in enumerate(lines):
        if marker in line:
            return i
    raise BenchmarkError(f"instance {instance}: its eval_script has no {marker!r} line",
                         "give the eval_script SWE-bench's harness runs")


def env_setup_of(script: str, instance: str) -> str:
    """The activation and export lines before the test command, each once, in order."""
    lines = _script_lines(script)
    before = lines[:_marker_index(lines, START_TEST_OUTPUT, instance)]
    return "\n".join(dict.fromkeys(line for line in before if _SETUP.match(line)))


def command_of(script: str, instance: str) -> str:
    """The lines between the start and end markers: the repository's own test command."""
    lines = _script_lines(script)
    start = _marker_index(lines, START_TEST_OUTPUT, instance)
    end = _marker_index(lines, END_TEST_OUTPUT, instance)
    command = "\n".join(line for line in lines[start + 1:end] if line)
    if not command:
        raise BenchmarkError(f"instance {instance}: its eval_script runs no test command",
                             "give the eval_script SWE-bench's harness runs")
    return command


def uses_pytest(log_parser: str | None) -> bool:
    """True when the tests run under pytest (our own parsing, or a pytest parser of the package)."""
    return log_parser is None or log_parser in PYTEST_PARSERS


def _harness_module(name: str) -> ModuleType:
    """A `swebench.harness` submodule, without running `swebench/harness/__init__.py`: that one
    imports the whole harness (datasets, docker, modal: a second or more), where the parsers
    and constants need only the standard library."""
    if "swebench.harness" not in sys.modules:
        spec = importlib.util.find_spec("swebench.harness")
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError("swebench.harness")
        sys.modules["swebench.harness"] = importlib.util.module_from_spec(spec)
    return importlib.import_module(f"swebench.harness.{name}")


def have_swebench() -> bool:
    """True when the `swebench` package can be imported."""
    try:
        return importlib.util.find_spec("swebench") is not None
    except (ImportError, ValueError):
        return False


def registry() -> dict[str, Callable[..., dict[str, str]]]:
    """The package's parsers by name; one-line BenchmarkError naming the extra without it."""
    try:
        return dict(_harness_module("log_parsers").PARSER_REGISTRY)
    except ImportError:
        raise BenchmarkError("SWE-bench's log parsers need the swebench package",
                             INSTALL_HINT) from None


def repo_parser(repo: str) -> str | None:
    """The parser SWE-bench uses for a classic row's repo, or None (unknown repo, or no package)."""
    if not have_swebench():
        return None
    parser = _harness_module("log_parsers.python").MAP_REPO_TO_PARSER_PY.get(repo)
    return None if parser is None else str(parser.__name__)


# The prefix of our own parsers, of the polyglot benchmark's test runners (evals.polyglot_tests).
POLYGLOT_PARSER = "polyglot_"


def parse_output(task: Task, output: str) -> dict[str, str]:
    """Statuses by test name from the task's log parser over the test output (ours: lower case)."""
    if task.log_parser is None:
        raise ValueError(f"task {task.id} has no log parser")
    if task.log_parser.startswith(POLYGLOT_PARSER):  # ours: polyglot_cpp, polyglot_go, ...
        return parse_polyglot(task.log_parser.removeprefix(POLYGLOT_PARSER), output)
    parsers = registry()
    if task.log_parser not in parsers:
        raise BenchmarkError(f"task {task.id}: unknown log parser {task.log_parser!r}",
                             f"valid: {', '.join(sorted(parsers))}")
    found = parsers[task.log_parser](output, _test_spec(task))
    return {str(name): str(status).lower() for name, status in found.items()}


def _test_spec(task: Task) -> Any:
    """The package's TestSpec for a task (parsers read its repo, version and instance id)."""
    from swebench.types import TestSpec  # optional: the dgm[swebench] extra

    meta = task.metadata
    return TestSpec(instance_id=task.id, image=task.image or "", eval_script_list=[],
                    repo=str(meta.get("repo", "")), version=str(meta.get("version", "")),
                    FAIL_TO_PASS=list(task.fail_to_pass), PASS_TO_PASS=list(task.pass_to_pass),
                    log_parser=task.log_parser or "", eval_type=str(meta.get("eval_type", "")))
