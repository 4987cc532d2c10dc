"""The catalog of improvements and the patch helpers, on the real seed source."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from toy_support import SEED, git, make_repo, one_task, reference_patch

from dgm.toy.catalog import CATALOG, MORE_TURNS, RUN_TESTS, apply, by_id, find_improvement
from dgm.toy.patches import apply_command, slipped, touched_files

SEED_CODE = (SEED / "coding_agent.py").read_text()


def test_the_seed_has_none_of_the_improvements():
    assert [item.id for item in CATALOG if item.is_present(SEED_CODE)] == []


@pytest.mark.parametrize("order", list(itertools.permutations(CATALOG)),
                         ids=lambda o: "-".join(i.id for i in o))
def test_improvements_apply_in_any_order_and_stay_valid(order):
    code = SEED_CODE
    for item in order:
        code = apply(item, code)
        assert code is not None and item.is_present(code)
        compile(code, "coding_agent.py", "exec")
    assert all(apply(item, code) is None or item.is_present(code) for item in CATALOG)
    numbered = "\n".join(f"{n:6}\t{line}" for n, line in enumerate(code.splitlines(), 1))
    assert len(numbered) < 20_000  # a truncated view of the agent must still show all of it


@pytest.mark.parametrize("item", CATALOG, ids=lambda i: i.id)
def test_a_slipped_edit_is_a_syntax_error(item):
    code = SEED_CODE
    for edit in item.edits:
        match = edit.find(code)
        broken = code.replace(match.group(0), edit.new_text(match, broken=True), 1)
        with pytest.raises(SyntaxError):
            compile(broken, "coding_agent.py", "exec")
        code = code.replace(match.group(0), edit.new_text(match), 1)


def test_detection_reads_values_not_names():
    assert MORE_TURNS.is_present("MAX_TURNS = 30\n")
    assert not MORE_TURNS.is_present("MAX_TURNS = 7\n")
    assert not RUN_TESTS.is_present('SYSTEM_PROMPT = """Be brief."""\n# run the tests later')
    assert RUN_TESTS.is_present('SYSTEM_PROMPT = """Be brief.\nThen run the tests."""')


def test_problem_statements_name_their_improvement():
    for item in CATALOG:
        assert find_improvement(f"# Improvement: {item.title}\n\nplease") is item
        assert find_improvement(item.problem_statement) is item
        assert by_id(item.id) is item
    assert find_improvement("Make the agent faster.") is None


def test_slipped_patch_applies_and_breaks_the_module(tmp_path):
    task = one_task(2)
    patch = reference_patch(task, tmp_path / "ref")
    assert touched_files(patch) == ["calc/ops.py"]
    repo = make_repo(task.files, tmp_path / "repo")
    run = subprocess.run(["bash", "-c", apply_command(slipped(patch))], cwd=repo)
    assert run.returncode == 0
    check = subprocess.run([sys.executable, "-c", "import calc.ops"], cwd=repo)
    assert check.returncode != 0
    subprocess.run(["bash", "-c", apply_command(slipped(patch), reverse=True)], cwd=repo,
                   check=True)
    assert git(repo, "status", "--porcelain") == ""


def test_no_slip_without_python_code():
    diff = "--- a/README\n+++ b/README\n@@ -1 +1 @@\n-a\n+b\n"
    assert slipped(diff) is None and touched_files(diff) == ["README"]
