"""The first mechanisms of the improvement space (dgm.toy.mechanisms, WORLD_DESIGN.md A.8, A.8b,
B.5-6): each variant, applied to the seed and to a fixture with every identifier renamed, gives
an agent that parses, passes its self-check, is recognised by the mechanism's own structural
detector, and really behaves differently when driven against the open world's toy.

The agents are this project's own generated code and the repositories are tmp dirs, which is
why they run on the host here (as in test_toy_credit.py)."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest
from toy_support import (
    SEED,
    FakeGateway,
    git,
    make_repo,
    one_task,
    reference_patch,
    run_agent,
    self_check,
)

from dgm.toy import ToyProvider, world
from dgm.toy.agent_ast import index
from dgm.toy.catalog import SLIP_LINE
from dgm.toy.mechanisms import MECHANISMS, Names, improve
from dgm.toy.world_coder import WorldPlan, plan_for
from ground.context import CallContext

FIXTURES = Path(__file__).resolve().parent / "agents"
AGENTS = {"seed": SEED, "renamed": FIXTURES / "renamed", "alternative": FIXTURES / "alternative"}
CASES = [(m, v) for m in MECHANISMS.values() for v in m.variants]


def files_of(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.py"))}


def write(files: dict[str, str], dest: Path) -> Path:
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text)
    return dest


@pytest.mark.parametrize("agent", sorted(AGENTS))
@pytest.mark.parametrize(("mech", "variant"), CASES, ids=[f"{m.id}-{v}" for m, v in CASES])
def test_each_variant_gives_a_working_agent_its_detector_recognises(mech, variant, agent,
                                                                    tmp_path):
    files = files_of(AGENTS[agent])
    before = mech.existing(index(files))
    asked = mech.draw(random.Random(7))
    new, params, used = improve(files, mech.id, random.Random(7), variant, asked)
    assert used == variant and new != files
    for text in new.values():
        ast.parse(text)
    assert self_check(write(new, tmp_path)).returncode == 0
    assert mech.existing(index(new)) == params
    if mech.id == "turn_limit":
        assert before == {"turns": 7 if agent == "seed" else 30}
    elif agent == "seed" or mech.id != "truncate":
        assert before is None
    else:  # the fixtures already cut their outputs: the change retunes the cut
        assert before == {"limit": 8000, "mode": "head_tail"}
    if agent == "alternative" and mech.id == "truncate":  # a cut inside run keeps its mode
        asked = {**asked, "mode": "head_tail"}
        assert new["coding_agent.py"] == files["coding_agent.py"]
    assert params == asked


@pytest.mark.parametrize("mode", ["head", "tail", "head_tail"])
def test_a_second_application_retunes_instead_of_duplicating(mode):
    files = files_of(SEED)
    once, _, _ = improve(files, "truncate", random.Random(1), "dispatch",
                         {"limit": 3000, "mode": "head_tail"})
    twice, _, _ = improve(once, "truncate", random.Random(2), "tool",
                          {"limit": 900, "mode": mode})
    assert MECHANISMS["truncate"].existing(index(twice)) == {"limit": 900, "mode": mode}
    assert twice["tools/bash.py"] == files["tools/bash.py"]  # no second cut in the tool
    assert len(twice["coding_agent.py"]) - len(once["coding_agent.py"]) < 100


def test_detectors_read_code_not_text():
    """The mentions fixture has an unused output cap and truncate(), and prose about retries
    and test runs: no detector sees a mechanism in it."""
    agent = index(files_of(FIXTURES / "mentions"))
    assert [m.id for m in MECHANISMS.values() if m.existing(agent)] == ["turn_limit"]


def test_mechanisms_apply_in_sequence_on_the_rebuilt_index(tmp_path):
    files, rng, seen = files_of(SEED), random.Random(3), {}
    for mech in MECHANISMS.values():
        files, params, _ = improve(files, mech.id, rng)
        seen[mech.id] = params
    agent = index(files)
    assert {m.id: m.existing(agent) for m in MECHANISMS.values()} == seen
    assert self_check(write(files, tmp_path)).returncode == 0


def test_parameters_come_from_their_ranges_and_names_are_fresh():
    rng = random.Random(5)
    for mech in MECHANISMS.values():
        for _ in range(20):
            for p, value in zip(mech.params, mech.draw(rng).values(), strict=True):
                assert value in p.choices if p.choices else p.low <= value <= p.high
    names = Names(random.Random(0), {"a.py": "OUTPUT_CAP = 1\nRESULT_LIMIT = 2\n"})
    assert names.fresh("limit") in ("MAX_RESULT_CHARS", "TOOL_OUTPUT_MAX")
    with pytest.raises(KeyError, match="choose from turn_limit"):
        improve(files_of(SEED), "teleport", random.Random(0))


# ---- behaviour, driven against the open world -------------------------------------------------


def find(task, patch: str, want) -> CallContext:
    """A coding context on `task` whose open-world plan satisfies `want`."""
    for seed in range(3000):
        ctx = CallContext("run", "attempt-1", "coding_agent", task_id=task.id, seed=seed,
                          hints={"reference_patch": patch, "difficulty": task.difficulty,
                                 "features": [], "kind": "bugfix"})
        if want(plan_for(ctx, 0)):
            return ctx
    raise AssertionError("no seed gives the wanted plan")


def quiet(plan: WorldPlan, d: int, *allowed: str) -> bool:
    """Only the `allowed` latent failures strike, and the toy does not test on its own."""
    strikes = {"give_up": plan.give_up < world.rate("give_up", d),
               "slip": plan.slip < world.rate("slip", d),
               "misread": plan.misread < world.rate("misread", d),
               "wander": plan.wander_at is not None,
               "tests_habit": plan.tests_habit < world.P_TESTS_HABIT_SHELL}
    return not any(v for k, v in strikes.items() if k not in allowed)


class Run:
    """One agent run on a task against the open-world toy: its diff and requests."""

    def __init__(self, files: dict[str, str], d: int, failure: str, work: Path) -> None:
        task = one_task(d)
        self.patch = reference_patch(task, work / "ref")
        ctx = find(task, self.patch, lambda p: quiet(p, d, failure) and (
            p.wander_at is not None if failure == "wander" else getattr(p, failure) < .1))
        repo = make_repo(task.files, work / "repo")
        with FakeGateway(ToyProvider(0, world="open")) as gateway:
            run_agent(write(files, work / "agent"), repo, task.instructions,
                      gateway.env(gateway.issue(ctx)), work / "out")
        self.diff = git(repo, "diff")
        self.exchanges = gateway.exchanges


@pytest.fixture(scope="module")
def roomy() -> dict[str, str]:
    """The seed with 30 turns (the first mechanism of every behaviour run: a sequence)."""
    files, _, _ = improve(files_of(SEED), "turn_limit", random.Random(0), "retune",
                          {"turns": 30})
    return files


@pytest.fixture(autouse=True)
def _quick_pytest(monkeypatch):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


def with_(files: dict[str, str], mech: str, variant: str, **params) -> dict[str, str]:
    return improve(files, mech, random.Random(0), variant, params)[0]


@pytest.mark.parametrize(("variant", "mode"), [("dispatch", "head_tail"), ("tool", "tail")])
def test_truncate_makes_the_long_wander_result_arrive_short(roomy, variant, mode, tmp_path):
    plain = Run(roomy, 3, "wander", tmp_path / "plain")
    assert 400 in [status for _, _, status in plain.exchanges] and plain.diff == ""
    cut = Run(with_(roomy, "truncate", variant, limit=8000, mode=mode), 3, "wander",
              tmp_path / "cut")
    assert 400 not in [status for _, _, status in cut.exchanges] and cut.diff == cut.patch


@pytest.mark.parametrize("variant", MECHANISMS["retry_empty"].variants)
def test_retry_empty_injects_a_continuation_after_a_give_up(roomy, variant, tmp_path):
    plain = Run(roomy, 1, "give_up", tmp_path / "plain")
    assert plain.diff == ""
    retried = Run(with_(roomy, "retry_empty", variant, retries=2), 1, "give_up",
                  tmp_path / "retry")
    last = retried.exchanges[-1][1]["messages"]
    assert any(m["role"] == "user" and isinstance(m["content"], str) for m in last[1:])
    assert retried.diff == retried.patch


@pytest.mark.parametrize("variant", MECHANISMS["verify_on_done"].variants)
def test_verify_on_done_sends_a_test_summary_after_the_last_edit(roomy, variant, tmp_path):
    plain = Run(roomy, 2, "slip", tmp_path / "plain")
    assert SLIP_LINE in plain.diff
    checked = Run(with_(roomy, "verify_on_done", variant, rounds=1), 2, "slip",
                  tmp_path / "verify")
    injected = [m["content"] for m in checked.exchanges[-1][1]["messages"][1:]
                if m["role"] == "user" and isinstance(m["content"], str)]
    assert injected and "[exit code 2]" in injected[0] and checked.diff == checked.patch


@pytest.mark.parametrize("variant", MECHANISMS["repo_map"].variants)
def test_repo_map_puts_the_file_list_in_the_first_message(roomy, variant, tmp_path):
    first = Run(with_(roomy, "repo_map", variant, lines=50), 1, "give_up", tmp_path / "map")
    message = first.exchanges[0][1]["messages"][0]["content"]
    assert "calc/ops.py" in message and "tests/test_visible.py" in message
    plain = Run(roomy, 1, "give_up", tmp_path / "plain")
    assert "calc/ops.py" not in plain.exchanges[0][1]["messages"][0]["content"]
