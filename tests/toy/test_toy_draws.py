"""The toy's draws are keyed on host-side facts only: how an agent words its messages is no luck.

Whitespace or wording an agent adds to its messages must not re-roll a task; two agents
that behave the same score the same.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from toy_support import (
    SEED,
    FakeGateway,
    coding_context,
    drive,
    git,
    make_repo,
    reference_patch,
    score,
    steps,
    synth_tasks,
)

from dgm.toy import ToyProvider

SYSTEM = "You are a coding agent. Use the tools to change the repository."


def respaced(text: str) -> str:
    return "  " + text.replace(" ", "   ").replace("\n", "\n\n") + "\n\n\t"


VARIANTS = {
    "plain": lambda text: text,
    "respaced": respaced,
    "reworded": lambda text: f"Here is your task; the repository is the current directory.\n{text}",
}


def test_whitespace_and_wording_of_the_agents_messages_change_nothing(tmp_path: Path) -> None:
    for task in synth_tasks(12):
        patch = reference_patch(task, tmp_path / task.id / "ref")
        outcomes = set()
        for name, variant in VARIANTS.items():
            repo = make_repo(task.files, tmp_path / task.id / name)
            system = SYSTEM if name == "plain" else SYSTEM.replace(" ", "  ")
            messages = drive(ToyProvider(0), coding_context(task, patch), repo,
                             variant(task.instructions), system=system, truncate=20_000)
            outcomes.add((tuple(steps(messages)), git(repo, "diff")))
        assert len(outcomes) == 1, task.id


def seed_variant(dest: Path, first: str, prompt: str) -> Path:
    """A copy of the seed agent with another opening message and system prompt text."""
    shutil.copytree(SEED, dest, ignore=shutil.ignore_patterns("__pycache__"))
    source = dest / "coding_agent.py"
    code = source.read_text()
    opening = 'return f"Solve this task in the repository (the current directory).\\n\\n{problem}"'
    assert opening in code and "You are a coding agent working" in code
    code = code.replace(opening, f"return f{first!r}")
    source.write_text(code.replace("You are a coding agent working", prompt))
    return dest


@pytest.mark.slow
def test_the_seed_scores_the_same_however_it_spaces_or_words_its_messages(
        gateway: FakeGateway, tmp_path: Path) -> None:
    agents = {
        "seed": SEED,
        "respaced": seed_variant(tmp_path / "respaced",
                                 "  Solve this task in the  repository (the current directory)."
                                 "\n\n\n\n{problem}\n   ", "You  are a   coding agent\tworking"),
        "reworded": seed_variant(tmp_path / "reworded", "Your task:\n{problem}",
                                 "You are an agent that codes, working"),
    }
    tasks = synth_tasks(10)
    outcomes = {name: score(gateway, agent, tasks, tmp_path / f"eval-{name}")
                for name, agent in agents.items()}
    assert outcomes["respaced"] == outcomes["seed"] == outcomes["reworded"]
    assert 0 < sum(outcomes["seed"]) < len(tasks)  # some tasks fail: the draws do matter
