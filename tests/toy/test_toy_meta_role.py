"""Role meta_agent: the toy answers a request without tools as the world's diagnoser and one
with tools as the world's self-modifier, with the draws of those roles; the context window
applies to it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from diagnosis_support import gave_up, out_of_turns, overflowed, request, result, retry, solved
from toy_support import SEED, FakeGateway, drive, git, make_repo, run_agent, steps

from dgm.evolution.attempt import SELF_MODIFY_PROBLEM
from dgm.gateway import ProviderError
from dgm.toy import ToyProvider
from dgm.toy.catalog import MORE_TURNS, SLIP_LINE
from dgm.toy.conversation import LABEL
from dgm.toy.provider import CONTEXT_LIMIT_CHARS
from ground.context import CallContext

WORLDS = ("classic", "open")
OPEN_CHANGE = {"mechanism": "truncate", "op": "add"}  # its cut size is drawn per attempt


def context(role: str, seed: int) -> CallContext:
    """An attempt's context, as Attempt._context gives it (no task id)."""
    return CallContext("run", "0001-00", role, seed=seed)


def toy(world: str) -> ToyProvider:
    """The world's toy; in the open world half of the changes carry a bug (a drawn fact)."""
    return ToyProvider(0, world=world, bug_rate=0.5)


def diagnosis_request() -> dict[str, Any]:
    """The loop's diagnosis request (no tools) for a parent with varied failures."""
    return request([result("t1", gave_up(), empty=True), result("t2", out_of_turns()),
                    result("t3", overflowed()), result("t4", solved(), resolved=True)])


def self_modify_problem(world: str) -> str:
    """The self-modification problem a dgm run gives its parent, in each world."""
    if world == "open":
        return SELF_MODIFY_PROBLEM.format(improvement="Add truncate",
                                          problem_statement=f"{LABEL} change: "
                                                            f"{json.dumps(OPEN_CHANGE)}")
    return SELF_MODIFY_PROBLEM.format(improvement=MORE_TURNS.title,
                                      problem_statement=MORE_TURNS.problem_statement)


def seed_files() -> dict[str, str]:
    return {str(p.relative_to(SEED)): p.read_text() for p in sorted(SEED.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def run_seed(world: str, role: str, seed: int, work: Path) -> tuple[list[dict[str, Any]], str]:
    """The seed agent run on its own source under `role`: the requests it sent, the diff."""
    repo = make_repo(seed_files(), work / "repo")
    with FakeGateway(toy(world)) as gateway:
        token = gateway.issue(context(role, seed))
        run_agent(SEED, repo, self_modify_problem(world), gateway.env(token), work / "out")
    assert all(status == 200 for _, _, status in gateway.exchanges)
    return [req for _, req, _ in gateway.exchanges], git(repo, "diff")


@pytest.mark.parametrize("world", WORLDS)
def test_without_tools_the_meta_agent_is_answered_as_the_diagnoser(world):
    provider, first = toy(world), diagnosis_request()
    for req in (first, retry(first)):
        meta = [provider.complete(req, context("meta_agent", s)) for s in range(40)]
        assert meta == [provider.complete(req, context("diagnoser", s)) for s in range(40)]
    assert all(b["type"] == "text" for answer in meta for b in answer["content"])
    texts = {b["text"] for answer in meta for b in answer["content"]}
    assert len(texts) > 1  # the context seed varies the answer: the equality is of draws
    assert all('"problem_statement"' in text for text in texts)


def slipping_seeds(work: Path) -> tuple[int, int]:
    """A context seed whose classic self-modification slips and one whose does not."""
    def slips(seed: int) -> bool:
        repo = make_repo(seed_files(), work / f"probe{seed}")
        done = drive(ToyProvider(0), context("self_modifier", seed), repo,
                     self_modify_problem("classic"), max_turns=7)
        return "edit_broken" in steps(done)
    found = [slips(s) for s in range(40)]
    return found.index(True), found.index(False)


@pytest.mark.parametrize("world", WORLDS)
def test_with_tools_the_meta_agent_is_answered_as_the_self_modifier(world, tmp_path):
    seeds = slipping_seeds(tmp_path) if world == "classic" else (0, 1)
    diffs = []
    for seed in seeds:
        meta = run_seed(world, "meta_agent", seed, tmp_path / f"meta{seed}")
        fixed = run_seed(world, "self_modifier", seed, tmp_path / f"fixed{seed}")
        assert meta == fixed and meta[1]  # the same conversation and the same child
        assert all(req.get("tools") for req in meta[0])
        diffs.append(meta[1])
    if world == "classic":
        assert SLIP_LINE.strip() in diffs[0] and SLIP_LINE.strip() not in diffs[1]
    else:
        assert diffs[0] != diffs[1]  # drawn parameters or bugs differ by seed


@pytest.mark.parametrize("world", WORLDS)
@pytest.mark.parametrize("tools", [False, True])
def test_the_context_limit_applies_to_the_meta_agent(world, tools):
    provider = toy(world)
    big = "x" * (CONTEXT_LIMIT_CHARS + 1)
    req: dict[str, Any] = {"model": "toy", "max_tokens": 100,
                           "messages": [{"role": "user", "content": big}]}
    if tools:
        req["tools"] = [{"name": "bash", "description": "run a command",
                         "input_schema": {"type": "object"}}]
    with pytest.raises(ProviderError) as error:
        provider.complete(req, context("meta_agent", 0))
    assert error.value.status == 400 and "prompt is too long" in error.value.message
    if not tools:  # the diagnoser itself has no window: the refusal is the meta agent's
        assert provider.complete(req, context("diagnoser", 0))["content"]


def test_the_meta_agent_role_is_known_in_both_worlds():
    for world in WORLDS:
        assert "meta_agent" in toy(world).roles
    with pytest.raises(ProviderError) as error:
        toy("classic").complete(diagnosis_request(), context("planner", 0))
    assert "meta_agent" in error.value.message
