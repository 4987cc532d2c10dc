"""SWE-bench instances: setup and test command from the eval_script, and the package's parsers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evals import Benchmark, load_benchmark
from evals import grading as G
from evals import results as R
from evals.swebench import how_tested
from evals.swebench_spec import (
    DEFAULT_ENV_SETUP,
    END_TEST_OUTPUT,
    INSTALL_HINT,
    PYTEST_PARSERS,
    RUNNER_REPOS,
    START_TEST_OUTPUT,
    command_of,
    env_setup_of,
    parse_output,
)
from ground.errors import BenchmarkError

ROOT = Path(__file__).resolve().parents[2]
BASE = "0123456789abcdef0123456789abcdef01234567"
TEST_PATCH = ("diff --git a/tests/shapes/tests.py b/tests/shapes/tests.py\n"
              "--- a/tests/shapes/tests.py\n+++ b/tests/shapes/tests.py\n@@ -1 +1,3 @@\n"
              " import unittest\n+export = 1\n+. = 2\n")
# The shape of the script SWE-bench's harness runs for a Django instance.
EVAL_SCRIPT = f"""#!/bin/bash
set -uxo pipefail
source /opt/miniconda3/bin/activate
conda activate testbed
cd /testbed
sed -i '/en_US.UTF-8/s/^# //g' /etc/locale.gen && locale-gen
export LANG=en_US.UTF-8
export LC_ALL=en_US.UTF-8
git config --global --add safe.directory /testbed
cd /testbed
git status
git -c core.fileMode=false diff {BASE}
source /opt/miniconda3/bin/activate
conda activate testbed
python -m pip install -e .
git checkout {BASE} tests/shapes/tests.py
git apply -v - <<'EOF_114329324912'
{TEST_PATCH}
source /evil/activate
EOF_114329324912
: '{START_TEST_OUTPUT}'
./tests/runtests.py --verbosity 2 --settings=test_sqlite --parallel 1 shapes.tests
: '{END_TEST_OUTPUT}'
git checkout {BASE} tests/shapes/tests.py
"""
SETUP = ("source /opt/miniconda3/bin/activate\nconda activate testbed\n"
         "export LANG=en_US.UTF-8\nexport LC_ALL=en_US.UTF-8")
COMMAND = "./tests/runtests.py --verbosity 2 --settings=test_sqlite --parallel 1 shapes.tests"
F2P = "test_area (shapes.tests.SquareTests)"
P2P = "test_name (shapes.tests.SquareTests)"
DJANGO_OUTPUT = (f"{F2P} ... ok\n{P2P} ... ok\n"
                 "----------------------------------------------------------------------\n"
                 "Ran 2 tests in 0.001s\n\nOK\n")


def record(**fields: object) -> dict[str, object]:
    """A Django-like instance; `fields` replace or add fields."""
    gold = ("diff --git a/shapes.py b/shapes.py\n--- a/shapes.py\n+++ b/shapes.py\n"
            "@@ -1 +1 @@\n-AREA = 0\n+AREA = 1\n")
    base: dict[str, object] = {
        "instance_id": "django__django-1", "repo": "django/django", "version": "4.0",
        "base_commit": BASE, "patch": gold, "test_patch": TEST_PATCH,
        "problem_statement": "area is wrong", "FAIL_TO_PASS": json.dumps([F2P]),
        "PASS_TO_PASS": [P2P], "eval_script": EVAL_SCRIPT, "log_parser": "parse_log_django",
        "eval_type": "pass_and_fail", "image": "swebench/sweb.eval.x86_64.django_1776_django-1"}
    return {**base, **fields}


def write(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_setup_is_the_activation_and_exports_before_the_tests_each_once() -> None:
    assert env_setup_of(EVAL_SCRIPT, "x") == SETUP


def test_the_command_is_the_lines_between_the_markers() -> None:
    assert command_of(EVAL_SCRIPT, "x") == COMMAND


def test_a_script_without_markers_is_refused() -> None:
    with pytest.raises(BenchmarkError, match="Start Test Output"):
        command_of("source /opt/miniconda3/bin/activate\npytest\n", "x")


def test_an_instance_with_an_eval_script_is_graded_its_own_way(tmp_path: Path) -> None:
    task = load_benchmark(f"swebench:{write(tmp_path / 'i.jsonl', record())}").task(
        "django__django-1")
    assert (task.env_setup, task.test_command, task.log_parser) == (
        SETUP, COMMAND, "parse_log_django")
    assert task.image == "swebench/sweb.eval.x86_64.django_1776_django-1"
    assert task.repo_path == "/testbed" and task.metadata["eval_type"] == "pass_and_fail"


def test_a_classic_row_runs_pytest_on_the_test_files_in_the_conda_environment() -> None:
    row = record(repo="pytest-dev/pytest", eval_script=None, log_parser=None,
                 test_patch=TEST_PATCH.replace("tests/shapes/tests.py", "testing/test_x.py"))
    assert how_tested(row, None) == (
        DEFAULT_ENV_SETUP, "python -m pytest -rA -p no:cacheprovider testing/test_x.py",
        "parse_log_pytest")
    assert how_tested({**row, "repo": "acme/calc"}, "pytest -x {test_files}") == (
        DEFAULT_ENV_SETUP, "pytest -x testing/test_x.py", None)


def test_a_classic_row_of_a_repo_with_its_own_runner_needs_its_eval_script() -> None:
    with pytest.raises(BenchmarkError, match="needs its eval_script"):
        how_tested(record(eval_script=None, log_parser=None), None)
    with pytest.raises(BenchmarkError, match="needs its eval_script"):
        how_tested(record(repo="acme/calc", eval_script=None), None)


def test_an_unknown_parser_lists_where_the_names_are() -> None:
    with pytest.raises(BenchmarkError, match="PARSER_REGISTRY"):
        how_tested(record(log_parser="parse_log_nothing"), None)


def test_our_tables_agree_with_the_package() -> None:
    from swebench.harness.constants import END_TEST_OUTPUT as END
    from swebench.harness.constants import START_TEST_OUTPUT as START
    from swebench.harness.log_parsers import PARSER_REGISTRY
    from swebench.harness.log_parsers import python as py

    pytest_readers = {py.parse_log_pytest, py.parse_log_pytest_options, py.parse_log_pytest_v2,
                      py.parse_log_matplotlib, py.parse_log_seaborn}
    python_names = {n for n, f in PARSER_REGISTRY.items() if f.__module__ == py.__name__}
    assert {n for n in python_names if PARSER_REGISTRY[n] in pytest_readers} == PYTEST_PARSERS
    assert {r for r, f in py.MAP_REPO_TO_PARSER_PY.items()
            if f.__name__ not in PYTEST_PARSERS} == RUNNER_REPOS
    assert (START, END) == (START_TEST_OUTPUT, END_TEST_OUTPUT)


def parsed_task(tmp_path: Path):  # type: ignore[no-untyped-def]
    return load_benchmark(f"swebench:{write(tmp_path / 'i.jsonl', record())}").task(
        "django__django-1")


def test_the_package_parser_reads_the_output(tmp_path: Path) -> None:
    statuses = parse_output(parsed_task(tmp_path), DJANGO_OUTPUT + f"FAIL: {P2P}\n")
    assert statuses == {F2P: R.PASSED, "test_name": R.FAILED, P2P: R.PASSED}


def run_of(output: str, exit_code: int, task) -> G.TestRun:  # type: ignore[no-untyped-def]
    return G.TestRun(exit_code, False, output, False, None, parse_output(task, output), 0.1)


def test_named_tests_passing_resolve(tmp_path: Path) -> None:
    task = parsed_task(tmp_path)
    verdict = G.judge(task, run_of(DJANGO_OUTPUT, 0, task), G.GradeResult(task.id, task.benchmark))
    assert verdict.resolved and verdict.tests_passed == 2 and verdict.error is None


def test_a_failed_command_whose_output_reports_only_passes_is_not_resolved(
        tmp_path: Path) -> None:
    """Code under test can print "... ok" lines; the command's exit status still tells."""
    task = parsed_task(tmp_path)
    verdict = G.judge(task, run_of(DJANGO_OUTPUT, 1, task), G.GradeResult(task.id, task.benchmark))
    assert not verdict.resolved and verdict.missing_tests == []
    assert verdict.error.startswith(
        "the test command exited 1 but its output reports no failing test")


def test_the_parsers_are_read_without_the_rest_of_the_harness(tmp_path: Path) -> None:
    """swebench.harness imports datasets, docker and modal; grading needs none of them."""
    path = write(tmp_path / "i.jsonl", record())
    code = ("import sys\nfrom evals import load_benchmark\nfrom evals.swebench_spec import "
            f"parse_output\ntask = load_benchmark('swebench:{path}').task('django__django-1')\n"
            f"print(parse_output(task, {DJANGO_OUTPUT!r}))\n"
            "print(sorted(m for m in ('datasets', 'docker', 'modal', 'swebench.harness.utils')"
            " if m in sys.modules))\n")
    out = python(code).stdout.splitlines()
    assert out[-1] == "[]" and F2P in out[-2]


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=False)


WITHOUT = "import sys\nsys.modules['swebench'] = None\n"


def test_without_the_package_a_pytest_instance_is_read_by_our_parsing(tmp_path: Path) -> None:
    path = write(tmp_path / "i.jsonl", record(
        repo="acme/calc", eval_script=EVAL_SCRIPT.replace(COMMAND, "pytest -rA tests"),
        log_parser="parse_log_pytest"))
    code = (WITHOUT + "from evals import load_benchmark\n"
            f"task = load_benchmark('swebench:{path}').task('django__django-1')\n"
            "print(repr((task.log_parser, task.test_command)))\n")
    done = python(code)
    assert done.stdout.strip() == "(None, 'pytest -rA tests')", done.stderr


def test_without_the_package_another_parser_is_one_clear_line(tmp_path: Path) -> None:
    path = write(tmp_path / "i.jsonl", record())
    (tmp_path / "gold.diff").write_text(str(record()["patch"]))
    code = (WITHOUT + "from dgm.cli import main\nsys.argv = ['dgm', 'grade', '--benchmark', "
            f"'swebench:{path}', '--task', 'django__django-1', '--patch', "
            f"'{tmp_path / 'gold.diff'}']\nmain()\n")
    done = python(code)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "parse_log_django" in lines[0] and INSTALL_HINT in lines[0]


@pytest.fixture(scope="module")
def real(real_swebench: tuple[Path, Any, Any]) -> Benchmark:
    """The stored instances (tests/evals/data/swebench), their images built once per session."""
    return load_benchmark(f"swebench:{real_swebench[0]}")


@pytest.mark.docker
@pytest.mark.parametrize("instance", ["hukkin__tomli-229", "hukkin__tomli-175",
                                      "dgm-fixtures__minicalc-1"])
def test_the_gold_patch_resolves_in_testbed_and_nothing_does_not(real, instance: str) -> None:  # type: ignore[no-untyped-def]
    """Installed in editable mode from /testbed: only a patch applied there is what is tested."""
    from evals.grading import grade_patch

    task = real.task(instance)
    gold = grade_patch(task, task.solution_patch or "", run_id="pytest")
    assert gold.resolved and gold.error is None, (gold.error, gold.output_tail)
    assert gold.tests_passed >= len(task.fail_to_pass) + len(task.pass_to_pass)
    untouched = grade_patch(task, "", run_id="pytest")
    assert not untouched.resolved and untouched.missing_tests == task.fail_to_pass
