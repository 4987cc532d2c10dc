"""The open world's self-modifier (dgm.toy.world_modifier, WORLD_DESIGN.md B): a real agent (the
seed, or a fixture) runs on a git checkout of its own source against the toy, which reads that
source with the agent's own tools and makes the change the problem statement asks for.

The agents are this project's own code (the seed, hand-written fixtures and what the toy's own
mechanisms make of them) and the repositories are tmp dirs, which is why they run on the host
here, as in test_toy_self_modifier.py."""

from __future__ import annotations

import functools
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from toy_support import SEED, FakeGateway, git, self_check, self_modify

from dgm.evolution.attempt import SELF_MODIFY_PROBLEM
from dgm.toy import ToyProvider, world_modifier
from dgm.toy.agent_ast import index
from dgm.toy.catalog import SLIP_LINE
from dgm.toy.conversation import LABEL
from dgm.toy.mechanisms import MECHANISMS, apply_edits, improve
from dgm.toy.self_edits import UNDEFINED, with_bug
from dgm.toy.world_modifier import Change, bug_of, change_draws, plan_change, wanted, will_check
from ground.context import CallContext

RENAMED = Path(__file__).resolve().parent / "agents" / "renamed"
STEP = re.compile(r"\(step: (\w+), why: (\w+)\)")


def files_of(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.py"))
            if ".git" not in p.parts}


def write(files: dict[str, str], dest: Path) -> Path:
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text)
    return dest


def problem(change: dict[str, Any] | None = None, statement: str = "") -> str:
    line = f"{LABEL} change: {json.dumps(change)}" if change else statement
    return SELF_MODIFY_PROBLEM.format(improvement="a simulated improvement",
                                      problem_statement=line)


def context(seed: int) -> CallContext:
    """The context toy_support.self_modify gives the run."""
    return CallContext("test-run", "self-modify", "self_modifier", seed=seed)


@dataclass
class Modified:
    """One self-modification: the child checkout, its diff, the toy's answers and tool calls."""

    child: Path
    diff: str
    answers: list[str]
    calls: list[dict[str, Any]]

    @property
    def steps(self) -> list[tuple[str, str]]:
        return [m.groups() for a in self.answers if (m := STEP.search(a))]

    def files(self) -> dict[str, str]:
        return files_of(self.child)


def modify(agent: Path, statement: str, work: Path, *, source: Path | None = None,
           bug_rate: float = 0.0, seed: int = 0) -> Modified:
    """Run `agent` on a checkout of `source` (its own source by default) against the open world
    whose self-modifier has `bug_rate`."""
    toy = ToyProvider(0, world="open")
    toy.roles = {**toy.roles, "self_modifier": functools.partial(world_modifier.next_action,
                                                                 bug_rate=bug_rate)}
    with FakeGateway(toy) as gateway:
        child = self_modify(gateway, agent, source or agent, statement, work, seed=seed)
    token, last, _ = gateway.exchanges[-1]
    final = toy.complete(last, gateway.contexts[token])  # stateless: the same last answer
    messages = [*last["messages"], {"role": "assistant", "content": final["content"]}]
    blocks = [b for m in messages if m["role"] == "assistant" for b in m["content"]]
    git(child, "add", "--intent-to-add", ".")  # a new file (a tool) shows in the diff too
    return Modified(child, git(child, "diff"),
                    [b["text"] for b in blocks if b["type"] == "text"],
                    [b["input"] for b in blocks if b["type"] == "tool_use"])


def added(diff: str) -> list[str]:
    """The lines a diff adds."""
    return [line[1:] for line in diff.splitlines() if line.startswith("+")
            and not line.startswith("+++")]


def with_needs(files: dict[str, str], mechanism: str) -> dict[str, str]:
    """`files` with the mechanisms `mechanism` builds on (its stepping stones) already made."""
    for need in MECHANISMS[mechanism].needs:
        files = improve(with_needs(files, need), need, random.Random(0))[0]
    return files


def planned(files: dict[str, str], change: Change, seed: int, bug_rate: float):
    """What the toy plans for `change` on `files`, and the files its edits give."""
    plan = plan_change(files, change, change_draws(context(seed), 0, change), bug_rate)
    return plan, apply_edits(files, plan.edits)


def seed_finding(mechanism: str, want) -> int:
    """A context seed whose draws for adding `mechanism` satisfy `want(draws)`."""
    return next(s for s in range(500) if want(change_draws(context(s), 0, Change(mechanism))))


@pytest.fixture(autouse=True)
def _quick_pytest(monkeypatch):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # agents that run pytest at done


@pytest.fixture(scope="module")
def roomy(tmp_path_factory) -> Path:
    """The seed with 30 turns: room for a check and a repair after the edits."""
    files = improve(files_of(SEED), "turn_limit", random.Random(0), "retune", {"turns": 30})[0]
    return write(files, tmp_path_factory.mktemp("roomy"))


# ---- bug_rate 0: the change is made with the agent's own tools ---------------------------------


@pytest.mark.parametrize("mechanism", list(MECHANISMS))
def test_each_mechanism_is_made_on_the_seed_with_its_own_tools(mechanism, tmp_path):
    source = with_needs(files_of(SEED), mechanism)
    agent = write(source, tmp_path / "agent")
    done = modify(agent, problem({"mechanism": mechanism, "op": "add"}), tmp_path)
    assert [s for s, _ in done.steps[:4]] == ["read", "list", "read", "read"]
    assert {s for s, _ in done.steps[4:]} <= {"edit", "check", "done"}
    _, expected = planned(source, Change(mechanism, "add"), 0, 0.0)
    assert done.files() == expected and done.diff
    assert MECHANISMS[mechanism].existing(index(expected)) is not None
    assert self_check(done.child).returncode == 0


@pytest.mark.parametrize("mechanism", ["truncate", "retry_empty", "repo_map"])
def test_the_renamed_agent_gets_the_same_mechanism(mechanism, tmp_path):
    """The renamed fixture cuts its tool output to 8000 characters: the toy pages through its
    own coding_agent.py, and makes the same mechanism as on the seed."""
    change = {"mechanism": mechanism, "op": "add"}
    renamed = modify(RENAMED, problem(change), tmp_path / "renamed")
    seed = modify(SEED, problem(change), tmp_path / "seed")
    assert ("read", "page") in renamed.steps and ("read", "page") not in seed.steps
    detect = MECHANISMS[mechanism].existing
    assert detect(index(renamed.files())) == detect(index(seed.files())) is not None
    assert self_check(renamed.child).returncode == 0
    assert renamed.steps[-1][0] == "done"


def test_retune_changes_the_parameter_and_keeps_the_others(tmp_path):
    turns = modify(SEED, problem({"mechanism": "turn_limit", "op": "retune",
                                  "params": {"turns": 42}}), tmp_path / "turns")
    assert MECHANISMS["turn_limit"].existing(index(turns.files())) == {"turns": 42}
    assert turns.steps[-1] == ("done", "retuned")
    cut = modify(RENAMED, problem({"mechanism": "truncate", "op": "retune",
                                   "params": {"limit": 3000}}), tmp_path / "cut")
    assert MECHANISMS["truncate"].existing(index(cut.files())) == {"limit": 3000,
                                                                   "mode": "head_tail"}
    assert [line for line in added(cut.diff) if "3000" in line] == added(cut.diff) != []


def test_the_change_is_written_with_a_shell_script_when_there_is_no_editor(tmp_path):
    shell_only = {p: t for p, t in files_of(SEED).items() if p != "tools/editor.py"}
    agent = write(shell_only, tmp_path / "agent")
    done = modify(agent, problem({"mechanism": "retry_empty"}), tmp_path / "run", source=SEED)
    commands = [c["command"] for c in done.calls]
    assert commands[0] == "cat -n coding_agent.py" and commands[1] == "ls tools"
    assert any(c.startswith("python - <<'DGM_TOY_EDIT'") for c in commands)
    assert MECHANISMS["retry_empty"].existing(index(done.files())) is not None
    assert self_check(done.child).returncode == 0


def test_an_agent_whose_tools_cut_too_much_cannot_read_itself(roomy, tmp_path):
    """Metaproductivity: a parent cutting every tool output to 5 characters cannot see its own
    source, so it cannot change it."""
    files = improve(files_of(roomy), "truncate", random.Random(0), "dispatch",
                    {"limit": 5, "mode": "head"})[0]
    agent = write(files, tmp_path / "agent")
    done = modify(agent, problem({"mechanism": "retry_empty"}), tmp_path / "run")
    assert done.steps == [("read", "file"), ("stop", "cannot_read")] and done.diff == ""


# ---- what to make ----------------------------------------------------------------------------


def test_no_change_line_and_no_known_phrase_leaves_the_agent_as_it_is(tmp_path):
    done = modify(SEED, problem(statement="Make the agent better at its job."), tmp_path)
    assert done.steps == [("stop", "unknown_change")] and done.diff == "" and not done.calls
    assert all(a.startswith(LABEL) for a in done.answers)


def test_remove_and_unknown_mechanisms_stop_with_a_reason(tmp_path):
    removed = modify(SEED, problem({"mechanism": "truncate", "op": "remove"}), tmp_path / "r")
    assert removed.steps == [("stop", "cannot_remove")] and removed.diff == ""
    unknown = modify(SEED, problem({"mechanism": "teleport"}), tmp_path / "u")
    assert unknown.steps == [("stop", "unknown_mechanism")] and unknown.diff == ""


@pytest.mark.parametrize(("statement", "mechanism"), [
    ("Tool outputs are too long: truncate them before they reach the model.", "truncate"),
    ("The agent runs out of turns; give it more turns.", "turn_limit"),
    ("When the diff is empty after the model stops, tell it to continue.", "retry_empty"),
    ("Start with a file list of the repository (a repo map).", "repo_map"),
    ("After the model stops, run the tests and send back the failing tests.", "verify_on_done"),
])
def test_phrases_name_a_mechanism(statement, mechanism):
    assert wanted(problem(statement=statement)) == Change(mechanism)


@pytest.mark.parametrize("mechanism", list(MECHANISMS))
def test_every_mechanism_is_named_by_its_ids_words(mechanism):
    """A mechanism the phrase table does not know yet is still found by its id."""
    statement = f"We would like the agent to have {mechanism.replace('_', ' ')}."
    assert wanted(problem(statement=statement)) == Change(mechanism)


def test_a_mechanism_statement_is_read_with_its_parameters():
    for mech in MECHANISMS.values():
        params = mech.draw(random.Random(1))
        statement = mech.statement.format(**params)
        assert wanted(problem(statement=statement)) == Change(mech.id, params=params), mech.id


# ---- bugs (bug_rate 1) -----------------------------------------------------------------------


def test_a_syntax_slip_is_repaired_only_when_the_check_ran(roomy, tmp_path):
    checked = seed_finding("truncate", lambda d: bug_of(d, 1.0) == "syntax"
                           and will_check(d, False))
    unchecked = seed_finding("truncate", lambda d: bug_of(d, 1.0) == "syntax"
                             and not will_check(d, False))
    statement = problem({"mechanism": "truncate"})
    repaired = modify(roomy, statement, tmp_path / "checked", bug_rate=1.0, seed=checked)
    assert [s for s, _ in repaired.steps[-3:]] == ["check", "repair", "done"]
    _, clean = planned(files_of(roomy), Change("truncate"), checked, 0.0)
    assert repaired.files() == clean and self_check(repaired.child).returncode == 0
    slipped = modify(roomy, statement, tmp_path / "unchecked", bug_rate=1.0, seed=unchecked)
    assert "check" not in [s for s, _ in slipped.steps]
    assert any(SLIP_LINE.strip() in line for line in added(slipped.diff))
    assert self_check(slipped.child).returncode != 0


@pytest.mark.parametrize(("kind", "mark"), [
    ("runtime", "|".join(re.escape(f"{n}()") for n in UNDEFINED)),
    ("contract", re.escape('"tool_use_id": "toolu_nudge"')),
    ("semantic", r" = 0\b|[<>]=? 0\b|[!=]= 0\b"),
], ids=["runtime", "contract", "semantic"])
def test_other_bugs_survive_the_check_and_are_in_the_diff(kind, mark, roomy, tmp_path):
    seed = seed_finding("retry_empty", lambda d: bug_of(d, 1.0) == kind and will_check(d, False))
    done = modify(roomy, problem({"mechanism": "retry_empty"}), tmp_path, bug_rate=1.0, seed=seed)
    plan, buggy = planned(files_of(roomy), Change("retry_empty"), seed, 1.0)
    _, clean = planned(files_of(roomy), Change("retry_empty"), seed, 0.0)
    assert plan.bug == kind and done.files() == buggy != clean
    assert [s for s, _ in done.steps[-2:]] == ["check", "done"]
    bug = [line for line in buggy["coding_agent.py"].split("\n")
           if line not in clean["coding_agent.py"].split("\n")]
    assert bug and all(line in added(done.diff) and re.search(mark, line) for line in bug)
    assert self_check(done.child).returncode == 0


def test_a_bug_with_no_place_in_the_change_falls_back_to_semantic():
    """turn_limit only changes a number: no branch for a runtime bug, no message for a
    contract bug; the number becomes absurd instead."""
    files = files_of(SEED)
    changed = improve(files, "turn_limit", random.Random(0), "retune", {"turns": 30})[0]
    draws = change_draws(context(0), 0, Change("turn_limit"))
    for kind in ("runtime", "contract", "semantic"):
        buggy, made = with_bug(kind, files, changed, draws)
        assert made == "semantic" and "MAX_TURNS = 0" in buggy["coding_agent.py"]
    assert with_bug(None, files, changed, draws) == (changed, None)


def test_bug_rate_zero_never_and_one_always():
    draws = [change_draws(context(s), 0, Change("truncate")) for s in range(200)]
    assert not any(bug_of(d, 0.0) for d in draws)
    kinds = [bug_of(d, 1.0) for d in draws]
    assert None not in kinds and set(kinds) == set(world_modifier.BUG_WEIGHTS)
    assert 0.3 < kinds.count("syntax") / len(kinds) < 0.5


# ---- determinism -------------------------------------------------------------------------------


def test_same_seeds_give_the_same_edits(tmp_path):
    statement = problem({"mechanism": "truncate"})
    first = modify(SEED, statement, tmp_path / "a", bug_rate=0.5, seed=3)
    again = modify(SEED, statement, tmp_path / "b", bug_rate=0.5, seed=3)
    other = modify(SEED, statement, tmp_path / "c", bug_rate=0.5, seed=4)
    assert first.calls == again.calls and first.diff == again.diff
    assert other.calls != first.calls


def test_the_agents_wording_does_not_change_the_draws(tmp_path):
    """The meta agent's system prompt and tool descriptions are reworded: the same edits."""
    files = files_of(SEED)
    files["coding_agent.py"] = files["coding_agent.py"].replace(
        "You are a coding agent working in a git repository", "Act as a careful engineer in a "
        "checked-out project").replace("Use the tools", "Use the instruments")
    files["tools/bash.py"] = files["tools/bash.py"].replace("Run a bash command",
                                                            "Execute a shell line")
    reworded = write(files, tmp_path / "reworded")
    statement = problem({"mechanism": "verify_on_done"})
    plain = modify(SEED, statement, tmp_path / "plain", bug_rate=0.5, seed=1)
    worded = modify(reworded, statement, tmp_path / "worded", source=SEED, bug_rate=0.5, seed=1)
    assert worded.calls == plain.calls and worded.diff == plain.diff
