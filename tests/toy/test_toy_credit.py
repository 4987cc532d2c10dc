"""Credit only for behaviour (issue 18, part 2; WORLD_DESIGN.md F, step 4): in the open world,
an agent's score and the toy's steps follow from what the agent does, never from its words.

Hand-written fixture agents (tests/toy/agents/, copies of the seed with changes) run on the
host against the toy behind a stand-in gateway, on a dozen synthetic tasks:

- `base`: 30 turns, tool output cut to 8000 characters, 2 retries on an empty diff, one test
  run after a change whose failures go back to the model;
- `renamed`: `base` with every identifier, tool name and tool field renamed, every prompt and
  injected message and docstring reworded, functions reordered;
- `alternative`: `base`'s behaviours implemented otherwise (cut inside the shell tool, tests run
  through the shell tool module, an empty diff found by `git diff --quiet` plus untracked
  files);
- `mentions`: the seed plus text about behaviours it does not have (an unused output cap and
  truncate(), a prompt saying to run and not to run the tests, a tool description promising
  truncation and test runs, comments about retries).

The agents and the toy are this project's own code and the repositories are tmp dirs, which is
why they may run on the host here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from toy_support import (
    SEED,
    FakeGateway,
    SynthTask,
    make_repo,
    reference_patch,
    run_agent,
    synth_tasks,
)

from dgm.toy import ToyProvider
from dgm.toy.observe import STEP_TAG, observe
from dgm.toy.provider import CONTEXT_LIMIT_CHARS
from dgm.toy.world import WORLD
from dgm.toy.world_coder import DEFAULT_TIMEOUT_S
from ground.context import CallContext

pytestmark = pytest.mark.slow

AGENTS = Path(__file__).resolve().parent / "agents"
TASKS = 12


class Recorder:
    """The open-world toy, keeping each task's answers and request sizes (a test fake that
    forwards to the real provider)."""

    def __init__(self) -> None:
        self.toy = ToyProvider(0, world="open")
        self.answers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.sizes: list[tuple[int, float]] = []  # (request chars, simulated seconds)

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        self.sizes.append((len(json.dumps(request)), observe(request).sim_seconds))
        answer = self.toy.complete(request, context)
        self.answers[context.task_id or ""].append(answer)
        return answer


class Outcome:
    """One agent's results on the tasks: resolved or not, and the toy's steps, per task."""

    def __init__(self, resolved: dict[str, bool], recorder: Recorder) -> None:
        self.resolved = resolved
        self.steps = {task: [STEP_TAG.search(b["text"])[0] for a in answers
                             for b in a["content"] if b["type"] == "text"]
                      for task, answers in sorted(recorder.answers.items())}
        self.sizes = recorder.sizes


def solve(gateway: FakeGateway, agent: Path, task: SynthTask, patch: str, work: Path) -> bool:
    """Run `agent` on `task`; True when the task's hidden test functions then pass (called
    directly, which is quicker than a pytest start for these one-assert tests)."""
    repo = make_repo(task.files, work / "repo")
    token = gateway.issue(CallContext("test-run", f"eval/{task.id}", "coding_agent",
                                      task_id=task.id, seed=0,
                                      hints={"reference_patch": patch,
                                             "difficulty": task.difficulty}))
    run_agent(agent, repo, task.instructions, gateway.env(token), work / "out")
    (repo / "hidden_check.py").write_text(task.hidden_test + "\n\ntest_scale()\n")
    graded = subprocess.run([sys.executable, "hidden_check.py"], cwd=repo, capture_output=True,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return graded.returncode == 0


def evaluate(agent: Path, tasks: list[tuple[SynthTask, str]], work: Path) -> Outcome:
    """Run `agent` on every task (a few at a time) against a fresh recording toy."""
    recorder = Recorder()
    with FakeGateway(recorder) as gateway:  # type: ignore[arg-type]
        with ThreadPoolExecutor(4) as pool:
            done = pool.map(lambda tp: solve(gateway, agent, *tp, work / tp[0].id), tasks)
            resolved = dict(zip([t.id for t, _ in tasks], done, strict=True))
    return Outcome(resolved, recorder)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Outcome]]:
    """Every fixture agent and the seed, evaluated once for the module's tests; pytest in the
    agents' test runs starts without plugins (the same for every agent, and quicker)."""
    work = tmp_path_factory.mktemp("credit")
    tasks = [(t, reference_patch(t, work / "ref" / t.id)) for t in synth_tasks(TASKS)]
    agents = {"seed": SEED, **{p.name: p for p in sorted(AGENTS.iterdir()) if p.is_dir()}}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
        yield {name: evaluate(path, tasks, work / name) for name, path in agents.items()}


def assert_same(a: Outcome, b: Outcome) -> None:
    assert a.resolved == b.resolved
    assert a.steps == b.steps


def test_the_behaviours_matter_on_these_tasks(outcomes):
    """The fixtures are a fair test: base's behaviours change steps and outcomes here."""
    base, seed = outcomes["base"], outcomes["seed"]
    assert base.steps != seed.steps
    assert sum(base.resolved.values()) > sum(seed.resolved.values())


def test_renamed_and_reworded_agent_scores_the_same(outcomes):
    assert_same(outcomes["base"], outcomes["renamed"])
    # Wording changes sizes a little; the world's size thresholds sit far from these runs.
    limit_s = WORLD.clock.limit_seconds(DEFAULT_TIMEOUT_S)
    for name in ("base", "renamed"):
        assert max(c for c, _ in outcomes[name].sizes) < CONTEXT_LIMIT_CHARS / 2
        assert max(s for _, s in outcomes[name].sizes) < limit_s / 4


def test_another_implementation_of_the_same_behaviour_gets_the_same_credit(outcomes):
    assert_same(outcomes["base"], outcomes["alternative"])


def test_text_that_mentions_a_behaviour_gets_no_credit(outcomes):
    assert_same(outcomes["seed"], outcomes["mentions"])
