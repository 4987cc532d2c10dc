"""The open world's coder (dgm.toy.world_coder): one test per latent failure it makes, each
showing the failure without the evidence that recovers it and the recovery with it.

A small in-process agent loop drives the toy; its behaviours (more turns, truncation, a
continuation after a stop, tests or a diff injected after a stop, a baseline test run in the
first message) are the evidence. Draws are found by the toy's own plan, so each test meets the
failure it is about and no other.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from toy_support import SynthTask, execute, git, make_repo, one_task, reference_patch

from dgm.toy import ToyProvider, world
from dgm.toy.catalog import SLIP_LINE
from dgm.toy.patches import slipped
from dgm.toy.world_coder import DEBUG_LINE, WorldPlan, next_action, plan_for
from ground.context import CallContext
from ground.provider import ProviderError

SHELL = {"name": "bash", "description": "run a command", "input_schema": {
    "type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}
EDITOR = {"name": "editor", "description": "view and edit", "input_schema": {
    "type": "object", "required": ["command", "path"], "properties": {
        "command": {"type": "string", "enum": ["view", "create", "str_replace", "insert"]},
        "path": {"type": "string"}}}}
Hook = Callable[[Path], str | None]  # after a tool-less answer: the text to inject, or None


# ---- a small agent loop -------------------------------------------------------------------------


def run(context: CallContext, repo: Path, first: str, *, max_turns: int = 30,
        truncate: int | None = None, on_stop: tuple[Hook, ...] = ()) -> list[dict[str, Any]]:
    """Call the open-world toy until it stops and no hook has anything to say; each hook
    speaks at most once."""
    provider, hooks = ToyProvider(0, world="open"), list(on_stop)
    messages: list[dict[str, Any]] = [{"role": "user", "content": first}]
    for _ in range(max_turns):
        reply = provider.complete({"model": "toy", "max_tokens": 1000, "tools": [SHELL, EDITOR],
                                   "messages": messages}, context)
        messages.append({"role": "assistant", "content": reply["content"]})
        calls = [b for b in reply["content"] if b["type"] == "tool_use"]
        if not calls:
            said = next(((h, t) for h in hooks if (t := h(repo))), None)
            if said is None:
                break
            hooks.remove(said[0])
            messages.append({"role": "user", "content": said[1]})
            continue
        messages.append({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": c["id"],
             "content": _cut(execute(repo, c["name"], c["input"]), truncate)} for c in calls]})
    return messages


def _cut(text: str, limit: int | None) -> str:
    return text if not limit or len(text) <= limit else \
        text[: limit // 2] + "\n[cut]\n" + text[-limit // 2:]


def visible_tests(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=repo, capture_output=True, text=True,
                          env={"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"})


def retry_empty(repo: Path) -> str | None:
    return None if git(repo, "status", "--porcelain") else "Nothing changed yet. Go on."


def continue_partial(repo: Path) -> str | None:
    return "Keep going." if git(repo, "status", "--porcelain") else None


def verify(repo: Path) -> str | None:
    done = visible_tests(repo)
    return done.stdout if done.returncode else None


def diff_review(repo: Path) -> str | None:
    return git(repo, "diff") or None


# ---- tasks and draws ----------------------------------------------------------------------------


def context(task: SynthTask, patch: str, seed: int, features: tuple[str, ...] = (),
            timeout: float | None = None) -> CallContext:
    hints: dict[str, object] = {"reference_patch": patch, "difficulty": task.difficulty,
                                "features": list(features), "kind": "bugfix"}
    if timeout is not None:
        hints["agent_timeout_s"] = timeout
    return CallContext("run", "attempt-1", "coding_agent", task_id=task.id, seed=seed,
                       hints=hints)


def quiet(plan: WorldPlan, d: int, *allowed: str) -> bool:
    """No latent failure but the `allowed` ones would strike with the evidence at hand, and the
    toy would not run the tests itself."""
    strikes = {"give_up": plan.give_up < world.rate("give_up", d),
               "slip": plan.slip < world.rate("slip", d),
               "misread": plan.misread < world.rate("misread", d),
               "wander": plan.wander_at is not None,
               "tests_habit": plan.tests_habit < world.P_TESTS_HABIT_SHELL}
    return not any(v for k, v in strikes.items() if k not in allowed)


def find(task: SynthTask, patch: str, want: Callable[[WorldPlan], bool],
         **extra: Any) -> CallContext:
    """A context (by its seed) whose plan for `task` satisfies `want`."""
    for seed in range(3000):
        found = context(task, patch, seed, **extra)
        if want(plan_for(found, 0)):
            return found
    raise AssertionError("no seed gives the wanted plan")


def steps(messages: list[dict[str, Any]]) -> list[str]:
    return [b["text"].split("(step: ")[1].split(",")[0] for m in messages
            if m["role"] == "assistant" for b in m["content"] if b["type"] == "text"]


def setup(task: SynthTask, tmp_path: Path, name: str) -> tuple[Path, str]:
    return make_repo(task.files, tmp_path / name), reference_patch(task, tmp_path / f"{name}-ref")


def with_visible(task: SynthTask, test: str) -> SynthTask:
    """`task` whose visible tests also hold `test`."""
    files = {**task.files, "tests/test_visible.py": task.files["tests/test_visible.py"] + test}
    return replace(task, files=files)


SCALE_TEST = "\n\ndef test_scale():\n    from calc.ops import scale\n    assert scale(1) == {k}\n"


# ---- one test per failure -----------------------------------------------------------------------


def test_f1_out_of_turns_without_turns_solved_with_them(tmp_path):
    task = one_task(2)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 2) and p.explore_turns >= 5)
    run(ctx, repo, task.instructions, max_turns=4)
    assert git(repo, "diff") == ""
    repo2, _ = setup(task, tmp_path, "b")
    run(ctx, repo2, task.instructions, max_turns=30)
    assert git(repo2, "diff") == patch


def test_f2_give_up_recovered_by_any_continuation(tmp_path):
    task = one_task(1)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1, "give_up") and p.give_up < .1)
    assert steps(run(ctx, repo, task.instructions))[-1] == "give_up"
    assert git(repo, "diff") == ""
    repo2, _ = setup(task, tmp_path, "b")
    assert "give_up" in steps(run(ctx, repo2, task.instructions, on_stop=(retry_empty,)))
    assert git(repo2, "diff") == patch


def test_f3_slip_recovered_by_a_failing_test_run(tmp_path):
    task = one_task(2)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 2, "slip") and p.slip < .3)
    run(ctx, repo, task.instructions)
    assert SLIP_LINE in git(repo, "diff") and slipped(patch)
    repo2, _ = setup(task, tmp_path, "b")
    assert steps(run(ctx, repo2, task.instructions, on_stop=(verify,)))[-2] == "fix"
    assert git(repo2, "diff") == patch


def test_f4_overflow_unless_the_wander_result_arrives_short(tmp_path):
    task = one_task(3)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 3, "wander") and p.wander_at is not None)
    with pytest.raises(ProviderError, match="prompt is too long"):
        run(ctx, repo, task.instructions)
    repo2, _ = setup(task, tmp_path, "b")
    assert "wander" in steps(run(ctx, repo2, task.instructions, truncate=8000))
    assert git(repo2, "diff") == patch


def test_f5_misread_rate_depends_on_seen_code(tmp_path):
    task = one_task(1)
    repo, patch = setup(task, tmp_path, "a")
    blind_only = world.rate("misread", 1) <= 0.1 < world.rate("misread_blind", 1)
    ctx = find(task, patch, lambda p: quiet(p, 1) and .1 < p.misread < .4)
    assert blind_only
    run(ctx, repo, task.instructions, truncate=40)  # every view cut: the code is never seen
    assert git(repo, "diff") != patch
    repo2, _ = setup(task, tmp_path, "b")
    run(ctx, repo2, task.instructions, truncate=8000)
    assert git(repo2, "diff") == patch


def test_f5_misread_redone_after_failure_detail(tmp_path):
    base = one_task(1)
    k = int(base.instructions.split("multiplied by ")[1].split(";")[0])
    task = with_visible(base, SCALE_TEST.format(k=k))
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1, "misread") and p.misread < .02
               and p.redo < world.P_REDO_AFTER_DETAIL)
    run(ctx, repo, task.instructions)
    assert git(repo, "diff") != patch
    repo2, _ = setup(task, tmp_path, "b")
    assert "fix" in steps(run(ctx, repo2, task.instructions, on_stop=(verify,)))
    assert git(repo2, "diff") == patch


def test_f6_timeout_when_the_simulated_clock_runs_out(tmp_path):
    task = one_task(1)
    patch = reference_patch(task, tmp_path / "ref")
    ctx = context(task, patch, 0, timeout=10)  # 50 simulated seconds

    def request(seconds: int) -> dict[str, Any]:
        call = {"type": "tool_use", "id": "t1", "name": "bash", "input": {"command": "pytest"}}
        return {"model": "toy", "max_tokens": 1000, "tools": [SHELL], "messages": [
            {"role": "user", "content": task.instructions},
            {"role": "assistant", "content": [
                {"type": "text", "text": "[simulated model] (step: explore, why: read)"}, call]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
                                          "content": f"ok [sim-seconds: {seconds}]"}]}]}

    assert next_action(request(60), ctx, 0).step == "timeout"
    assert next_action(request(5), ctx, 0).step != "timeout"


def test_f10_chased_unrelated_unless_a_baseline_run_came_first(tmp_path):
    task = with_visible(one_task(1), "\n\ndef test_unrelated():\n    assert 'calc' == 'calk'\n")
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1) and p.chased < world.P_CHASED_UNRELATED,
               features=("preexisting_failure",))
    assert "edit_wrong" in steps(run(ctx, repo, task.instructions, on_stop=(verify,)))
    assert git(repo, "diff") == ""
    repo2, _ = setup(task, tmp_path, "b")
    first = f"{task.instructions}\n\nThe tests before any change:\n{visible_tests(repo2).stdout}"
    assert "edit_wrong" not in steps(run(ctx, repo2, first, on_stop=(verify,)))
    assert git(repo2, "diff") == patch


def test_f11_debug_leftover_removed_after_a_diff_review(tmp_path):
    task = one_task(1)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1) and p.debug < world.P_DEBUG_LEFTOVER,
               features=("stdout_checked",))
    run(ctx, repo, task.instructions)
    assert DEBUG_LINE in git(repo, "diff")
    repo2, _ = setup(task, tmp_path, "b")
    assert "fix" in steps(run(ctx, repo2, task.instructions, on_stop=(diff_review,)))
    assert git(repo2, "diff") == patch


def test_f15_stopped_early_on_multi_file_unless_continued(tmp_path):
    base = one_task(1)
    more = "def twice(x):\n    return x + x + 1\n"
    task = replace(base, files={**base.files, "calc/more.py": more},
                   solution={**base.solution, "calc/more.py": more.replace(" + 1", "")})
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1) and p.stopped_early < world.P_STOPPED_EARLY
               and p.explore_turns >= 3,
               features=("multi_file",))
    run(ctx, repo, task.instructions)
    assert git(repo, "diff", "--name-only").split() == ["calc/more.py"]
    repo2, _ = setup(task, tmp_path, "b")
    run(ctx, repo2, task.instructions, on_stop=(continue_partial,))
    assert git(repo2, "diff") == patch


def test_tools_are_used_by_kind_and_answers_state_their_evidence(tmp_path):
    task = one_task(1)
    repo, patch = setup(task, tmp_path, "a")
    ctx = find(task, patch, lambda p: quiet(p, 1))
    renamed = {**SHELL, "name": "terminal", "description": "never mind",
               "input_schema": {"type": "object", "properties": {"line": {"type": "string"}},
                                "required": ["line"]}}
    request = {"model": "toy", "max_tokens": 10, "tools": [renamed],
               "messages": [{"role": "user", "content": task.instructions}]}
    action = next_action(request, ctx, 0)
    assert action.tool == "terminal" and set(action.tool_input) == {"line"}
    assert "(step: explore, why: explore, seen: none)" in action.text
    assert next_action({**request, "tools": []}, ctx, 0).step == "stop"


# ---- choosing the world -------------------------------------------------------------------------


def test_the_world_is_chosen_in_the_toy_provider_settings():
    from dgm.gateway.config import GatewayConfig
    from dgm.gateway.providers import make_provider
    from dgm.gateway.settings import TOY_WORLDS
    from dgm.toy.provider import WORLDS
    from ground.errors import ConfigError

    assert TOY_WORLDS == tuple(WORLDS)
    default = make_provider("toy", GatewayConfig.from_dict({}).settings("toy"))
    assert default.roles["coding_agent"] is not next_action  # type: ignore[attr-defined]
    config = GatewayConfig.from_dict({"providers": {"toy": {"world": "open"}}})
    opened = make_provider("toy", config.settings("toy"))
    assert opened.roles["coding_agent"] is next_action  # type: ignore[attr-defined]
    from dgm.toy import world_diagnoser, world_modifier

    assert opened.roles["diagnoser"] is world_diagnoser.next_action  # type: ignore[attr-defined]
    modifier = opened.roles["self_modifier"]  # type: ignore[attr-defined]
    assert modifier.func is world_modifier.next_action and modifier.keywords == {"bug_rate": 0.15}
    with pytest.raises(ConfigError, match="world = 'closed'") as error:
        GatewayConfig.from_dict({"providers": {"toy": {"world": "closed"}}})
    assert error.value.fix == "use one of: classic, open"
