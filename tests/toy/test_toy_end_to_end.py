"""End to end, offline: the seed agent as a subprocess, the toy behind a stand-in gateway.

The agents run on the host here only because the agent and the simulated model
are both this project's code and every repository is a tmp dir; production runs
agents in sandboxes.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from toy_support import (
    SEED,
    FakeGateway,
    coding_context,
    find_context,
    git,
    make_repo,
    one_task,
    reference_patch,
    run_agent,
    self_check,
    self_modify,
    solve_and_grade,
    synth_tasks,
)

from dgm.toy.catalog import CATALOG, Improvement
from dgm.toy.coder import plan_for

pytestmark = pytest.mark.slow


def events(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines()]


def test_seed_agent_applies_the_reference_solution(gateway: FakeGateway, tmp_path):
    task = one_task(1)
    patch = reference_patch(task, tmp_path / "ref")
    repo = make_repo(task.files, tmp_path / "repo")
    context = find_context(task, patch, lambda p: not (
        p.give_up or p.wrong_first or p.misread or p.wander_at))
    done = run_agent(SEED, repo, task.instructions, gateway.env(gateway.issue(context)),
                     tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert git(repo, "diff") == patch
    kinds = [e["event"] for e in events(tmp_path / "out" / "agent.log")]
    assert kinds[0] == "start" and kinds[-1] == "end"
    assert {"request", "response", "tool_call", "tool_result"} <= set(kinds)


def test_context_overflow_reaches_the_agent_as_an_api_error(gateway: FakeGateway, tmp_path):
    task = one_task(2)
    patch = reference_patch(task, tmp_path / "ref")
    repo = make_repo(task.files, tmp_path / "repo")
    context = find_context(task, patch, lambda p: p.wander_at is not None and p.explore_turns < 6)
    done = run_agent(SEED, repo, task.instructions, gateway.env(gateway.issue(context)),
                     tmp_path / "out")
    assert done.returncode == 0 and git(repo, "diff") == ""  # a model error is not a crash
    errors = [e for e in events(tmp_path / "out" / "agent.log") if e["event"] == "model_error"]
    assert errors and "prompt is too long" in errors[-1]["error"]
    assert events(tmp_path / "out" / "agent.log")[-1]["event"] == "stopped"
    assert gateway.exchanges[-1][2] == 400


# One task per failure mode of the seed, found from the toy's plans (harness seed 0).
SHOWCASE = {
    "clean": lambda p, d: d == 1 and not _trouble(p) and p.explore_turns <= 5,
    "give_up": lambda p, d: p.give_up and not _trouble(p, "give_up") and p.explore_turns <= 5,
    "out_of_turns": lambda p, d: p.explore_turns >= 7 and not _trouble(p),
    "wrong_first": lambda p, d: p.wrong_first and not _trouble(p, "wrong_first")
    and p.explore_turns <= 4,
    "wander": lambda p, d: p.wander_at is not None and not _trouble(p, "wander")
    and p.explore_turns <= 5,
}
# What each improvement alone recovers (a retry also grants more turns).
FIXED_BY = {"run_tests": {"wrong_first"}, "more_turns": {"out_of_turns"},
            "retry_empty": {"give_up", "out_of_turns"}, "truncate_output": {"wander"}}


def _trouble(plan, allowed: str = "") -> bool:
    found = {"give_up": plan.give_up, "wrong_first": plan.wrong_first, "misread": plan.misread,
             "wander": plan.wander_at is not None}
    return any(v for k, v in found.items() if k != allowed)


def showcase_tasks(tmp_path: Path) -> dict[str, object]:
    """The first synthetic task matching each failure mode."""
    chosen: dict[str, object] = {}
    for task in synth_tasks(120):
        patch = reference_patch(task, tmp_path / "plans" / task.id)
        plan = plan_for(coding_context(task, patch), 0)
        for mode, wanted in SHOWCASE.items():
            if mode not in chosen and wanted(plan, task.difficulty):
                chosen[mode] = task
                break
    assert set(chosen) == set(SHOWCASE)
    return chosen


def improve(gateway: FakeGateway, agent: Path, item: Improvement, work: Path) -> Path:
    """The child the agent makes of itself for `item` (first attempt whose child still runs)."""
    for seed in range(10):
        child = self_modify(gateway, agent, agent, f"# Improvement: {item.title}\n\n"
                            f"{item.problem_statement}", work / str(seed), seed=seed)
        if self_check(child).returncode == 0:
            assert item.is_present((child / item.path).read_text())
            return child
        assert "[simulated model slip]" in (child / item.path).read_text()
    raise AssertionError(f"no working child for {item.id}")


def resolved(gateway: FakeGateway, agent: Path, tasks: dict[str, object], work: Path) -> set:
    """The failure modes whose task the agent resolves."""
    with ThreadPoolExecutor(2) as pool:
        done = pool.map(lambda mode: solve_and_grade(gateway, agent, tasks[mode], work / mode),
                        tasks)
        return {mode for mode, ok in zip(tasks, done, strict=True) if ok}


def test_each_improvement_the_seed_makes_to_itself_runs_and_scores_better(gateway, tmp_path):
    tasks = showcase_tasks(tmp_path)
    seed_resolved = resolved(gateway, SEED, tasks, tmp_path / "eval-seed")
    assert seed_resolved == {"clean"}
    stacked = SEED
    for item in CATALOG:
        child = improve(gateway, SEED, item, tmp_path / f"child-{item.id}")
        got = resolved(gateway, child, tasks, tmp_path / f"eval-{item.id}")
        assert got == {"clean", *FIXED_BY[item.id]}
        stacked = improve(gateway, stacked, item, tmp_path / f"stacked-{item.id}")
    assert resolved(gateway, stacked, tasks, tmp_path / "eval-all") == set(SHOWCASE)
