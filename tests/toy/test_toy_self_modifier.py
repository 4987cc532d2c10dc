"""The toy as a self-modifying agent, driven in-process on a git copy of the seed's source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from toy_support import BASH, EDITOR, SEED, drive, git, make_repo, seed_module, steps

from dgm.evolution.protocols import CallContext
from dgm.toy import ToyProvider
from dgm.toy.catalog import CATALOG, MORE_TURNS, RUN_TESTS, SLIP_LINE, apply

SEED_PROMPT = seed_module().SYSTEM_PROMPT
TESTS_PROMPT = apply(RUN_TESTS, f'SYSTEM_PROMPT = """{SEED_PROMPT}"""').split('"""')[1]


def seed_copy(dest: Path) -> Path:
    files = {str(p.relative_to(SEED)): p.read_text() for p in SEED.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    return make_repo(files, dest)


def problem(item) -> str:
    return f"Improve the agent.\n\n# Improvement: {item.title}\n\n{item.problem_statement}"


def modify(repo: Path, item, seed: int, system: str = SEED_PROMPT, **kw) -> list[str]:
    context = CallContext("r", "a", "self_modifier", seed=seed)
    return steps(drive(ToyProvider(0), context, repo, problem(item), system=system,
                       max_turns=7, **kw))


def check(repo: Path) -> int:
    return subprocess.run([sys.executable, "coding_agent.py", "--self-check"], cwd=repo,
                          capture_output=True).returncode


@pytest.mark.parametrize("item", CATALOG, ids=lambda i: i.id)
def test_makes_the_improvement_within_the_seeds_turns(item, tmp_path):
    for seed in range(10):
        repo = seed_copy(tmp_path / str(seed))
        done = modify(repo, item, seed)
        if "edit_broken" not in done:
            break
    assert done == ["view", *["edit"] * len(item.edits), "done"]
    assert item.is_present((repo / "coding_agent.py").read_text())
    assert check(repo) == 0


def test_sometimes_breaks_the_code_and_repairs_it_when_told_to_test(tmp_path):
    broken = next(s for s in range(200)
                  if "edit_broken" in modify(seed_copy(tmp_path / f"b{s}"), MORE_TURNS, s))
    repo = seed_copy(tmp_path / "untested")
    modify(repo, MORE_TURNS, broken)
    assert SLIP_LINE.strip() in (repo / "coding_agent.py").read_text() and check(repo) != 0
    repo = seed_copy(tmp_path / "tested")
    done = modify(repo, MORE_TURNS, broken, system=TESTS_PROMPT)
    assert done == ["view", "edit_broken", "check", "repair", "check", "done"]
    assert MORE_TURNS.is_present((repo / "coding_agent.py").read_text()) and check(repo) == 0


def test_no_edit_when_already_present(tmp_path):
    repo = seed_copy(tmp_path / "r")
    code = (repo / "coding_agent.py").read_text()
    (repo / "coding_agent.py").write_text(apply(MORE_TURNS, code))
    git(repo, "commit", "-qam", "more turns")
    assert modify(repo, MORE_TURNS, 0) == ["view", "stop"]
    assert git(repo, "status", "--porcelain") == ""


def test_no_edit_when_the_anchor_is_gone(tmp_path):
    repo = seed_copy(tmp_path / "r")
    code = (repo / "coding_agent.py").read_text()
    (repo / "coding_agent.py").write_text(code.replace("MAX_TURNS = 7", "TURN_LIMIT = 7"))
    git(repo, "commit", "-qam", "renamed")
    assert modify(repo, MORE_TURNS, 0) == ["view", "stop"]
    assert git(repo, "status", "--porcelain") == ""


def test_unknown_problem_or_missing_editor_means_no_edit(tmp_path):
    repo = seed_copy(tmp_path / "r")
    context = CallContext("r", "a", "self_modifier")
    assert steps(drive(ToyProvider(0), context, repo, "Make the agent faster.")) == ["stop"]
    assert modify(repo, MORE_TURNS, 0, tools=(BASH,)) == ["stop"]
    assert modify(repo, MORE_TURNS, 0, tools=(EDITOR,)) != ["stop"]
