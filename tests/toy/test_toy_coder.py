"""The toy as a coding agent, driven in-process by a scripted agent loop on real tmp repos."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from toy_support import (
    BASH,
    EDITOR,
    coding_context,
    drive,
    find_context,
    git,
    one_task,
    steps,
)

from dgm.gateway import ProviderError
from dgm.toy import ToyProvider
from dgm.toy.catalog import RETRY_EMPTY
from dgm.toy.coder import plan_for
from dgm.toy.conversation import LABEL

TESTS_PROMPT = "You are a coding agent. After each change, run the tests and fix failures."
NUDGE = "The diff is empty: you have not changed any file yet. Make the change now."


def clean(plan):
    return not (plan.give_up or plan.wrong_first or plan.misread or plan.wander_at)


def hidden_passes(repo, task) -> bool:
    (repo / "tests" / "test_hidden.py").write_text(task.hidden_test)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_hidden.py"], cwd=repo, capture_output=True)
    return done.returncode == 0


def test_explores_then_applies_the_reference_patch(task_repo):
    task = one_task(1)
    repo, patch = task_repo(task)
    context = find_context(task, patch, clean)
    messages = drive(ToyProvider(0), context, repo, task.instructions)
    done = steps(messages)
    assert done[-2:] == ["edit", "done"]
    assert set(done[:-2]) == {"explore"} and 2 <= len(done) - 2 <= 4
    assert git(repo, "diff") == patch
    texts = [b["text"] for m in messages if m["role"] == "assistant" for b in m["content"]
             if b["type"] == "text"]
    assert all(t.startswith(LABEL) for t in texts)


def test_cannot_act_without_a_bash_tool(task_repo):
    task = one_task(1)
    repo, patch = task_repo(task)
    messages = drive(ToyProvider(0), coding_context(task, patch), repo, task.instructions,
                     tools=(EDITOR,))
    assert steps(messages) == ["stop"] and git(repo, "status", "--porcelain") == ""


def test_few_turns_end_a_hard_task_before_the_edit(task_repo):
    task = one_task(3)
    repo, patch = task_repo(task)
    context = find_context(task, patch, lambda p: clean(p) and p.explore_turns == 8)
    drive(ToyProvider(0), context, repo, task.instructions, max_turns=7)
    assert git(repo, "diff") == ""
    drive(ToyProvider(0), context, repo, task.instructions, max_turns=30)
    assert git(repo, "diff") == patch


def test_wrong_first_edit_is_fixed_only_after_a_failing_test_run(task_repo, tmp_path):
    task = one_task(2)
    repo, patch = task_repo(task)
    context = find_context(
        task, patch, lambda p: p.wrong_first and not (p.give_up or p.misread or p.wander_at))
    drive(ToyProvider(0), context, repo, task.instructions)
    assert not hidden_passes(repo, task)  # never tested, so the slip stays

    git(repo, "checkout", "-q", "--", ".")
    (repo / "tests" / "test_hidden.py").unlink()
    messages = drive(ToyProvider(0), context, repo, task.instructions, system=TESTS_PROMPT)
    assert steps(messages)[-5:] == ["edit_wrong", "test", "fix", "test", "done"]
    assert git(repo, "diff") == patch


def test_gives_up_unless_told_the_diff_is_empty(task_repo):
    task = one_task(1)
    repo, patch = task_repo(task)
    context = find_context(
        task, patch, lambda p: p.give_up and not (p.wrong_first or p.misread or p.wander_at))
    messages = drive(ToyProvider(0), context, repo, task.instructions)
    assert steps(messages)[-1] == "give_up" and git(repo, "diff") == ""
    messages.append({"role": "user", "content": NUDGE})
    drive(ToyProvider(0), context, repo, "", messages=messages)
    assert git(repo, "diff") == patch
    assert RETRY_EMPTY.is_present(f"EMPTY_DIFF_RETRIES = 2\nRETRY_PROMPT = {NUDGE!r}")


def test_huge_tool_output_overflows_the_context_unless_truncated(task_repo):
    task = one_task(2)
    repo, patch = task_repo(task)
    context = find_context(task, patch, lambda p: p.wander_at is not None
                           and not (p.give_up or p.wrong_first or p.misread))
    with pytest.raises(ProviderError) as error:
        drive(ToyProvider(0), context, repo, task.instructions)
    assert error.value.status == 400 and "prompt is too long" in error.value.message
    drive(ToyProvider(0), context, repo, task.instructions, truncate=20_000)
    assert git(repo, "diff") == patch


def test_misread_makes_a_useless_edit(task_repo):
    task = one_task(1)
    repo, patch = task_repo(task)
    context = find_context(task, patch, lambda p: p.misread and not (p.give_up or p.wander_at))
    drive(ToyProvider(0), context, repo, task.instructions, system=TESTS_PROMPT)
    assert git(repo, "diff") not in ("", patch) and not hidden_passes(repo, task)


def test_answers_depend_on_content_not_on_who_asks(task_repo):
    task = one_task(2)
    _, patch = task_repo(task)
    request = {"model": "toy", "max_tokens": 100, "system": "x", "tools": [BASH, EDITOR],
               "messages": [{"role": "user", "content": task.instructions}]}
    context = coding_context(task, patch)
    first = ToyProvider(0).complete(request, context)
    other = replace(context, run_id="another-run", attempt_id="gen7/attempt3")
    assert ToyProvider(0).complete(request, other) == first
    plans = {plan_for(coding_context(task, patch, seed=s), 0) for s in range(20)}
    assert len(plans) > 1  # the run seed (context.seed) does vary the attempt


def test_usage_and_shape_of_a_response(task_repo):
    task = one_task(1)
    _, patch = task_repo(task)
    small = {"model": "toy", "max_tokens": 100, "tools": [BASH],
             "messages": [{"role": "user", "content": "fix it"}]}
    big = {**small, "messages": [{"role": "user", "content": "fix it " * 2000}]}
    a = ToyProvider(0).complete(small, coding_context(task, patch))
    b = ToyProvider(0).complete(big, coding_context(task, patch))
    assert a["type"] == "message" and a["role"] == "assistant" and a["model"] == "toy"
    assert a["stop_reason"] == "tool_use" and a["content"][1]["type"] == "tool_use"
    assert 0 < a["usage"]["input_tokens"] < b["usage"]["input_tokens"]
    assert a["usage"]["output_tokens"] > 0


def test_without_a_reference_patch_it_stops(task_repo):
    task = one_task(1)
    request = {"model": "toy", "max_tokens": 100, "tools": [BASH],
               "messages": [{"role": "user", "content": "fix it"}]}
    context = replace(coding_context(task, ""), hints={"difficulty": 1})
    reply = ToyProvider(0).complete(request, context)
    assert reply["stop_reason"] == "end_turn" and len(reply["content"]) == 1


def test_unknown_role_is_refused():
    from dgm.evolution.protocols import CallContext

    with pytest.raises(ProviderError) as error:
        ToyProvider(0).complete({"messages": []}, CallContext("r", "a", "critic"))
    assert "known roles" in error.value.message


def test_the_toy_answers_one_request_at_a_time_across_threads():
    """Its policies parse agent source with `ast`, which CPython 3.11 does not make
    thread-safe: gateway threads calling at once must not run two policies together."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from dgm.evolution.protocols import CallContext

    toy, inside, most, lock = ToyProvider(0), [0], [0], threading.Lock()

    def policy(request, context, seed):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)  # long enough for another thread to come in, were it let in
        with lock:
            inside[0] -= 1
        return ToyProvider(0).roles["diagnoser"](request, context, seed)

    toy.roles["diagnoser"] = policy
    request = {"model": "toy", "max_tokens": 100,
               "messages": [{"role": "user", "content": "Why does the agent fail?"}]}
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda i: toy.complete(request, CallContext("r", f"a{i}",
                                                                            "diagnoser")),
                                range(8)))
    assert len(answers) == 8 and most[0] == 1
