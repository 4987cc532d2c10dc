"""The first mechanisms of the improvement space (dgm.toy.mechanisms, WORLD_DESIGN.md A.8, A.8b,
B.5-6): each variant, applied to the seed and to a fixture with every identifier renamed, gives
an agent that parses, passes its self-check, is recognised by the mechanism's own structural
detector, and really behaves differently when driven against the open world's toy.

The agents are this project's own generated code and the repositories are tmp dirs, which is
why they run on the host here (as in test_toy_credit.py)."""

from __future__ import annotations

import ast
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from toy_support import (
    SEED,
    FakeGateway,
    SynthTask,
    git,
    make_repo,
    one_task,
    reference_patch,
    run_agent,
    self_check,
)

from dgm.toy import ToyProvider, world
from dgm.toy.agent_ast import index
from dgm.toy.api_rules import api_errors
from dgm.toy.catalog import SLIP_LINE
from dgm.toy.mechanisms import MECHANISMS, Mechanism, Names, improve
from dgm.toy.mechanisms.output import STUB
from dgm.toy.world_coder import DEBUG_LINE, WorldPlan, plan_for
from ground.context import CallContext

FIXTURES = Path(__file__).resolve().parent / "agents"
AGENTS = {"seed": SEED, "renamed": FIXTURES / "renamed", "alternative": FIXTURES / "alternative"}
CASES = [(m, v) for m in MECHANISMS.values() for v in m.variants]


def files_of(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.py"))}


def with_needs(files: dict[str, str], mech: Mechanism) -> dict[str, str]:
    """`files` with the mechanisms `mech` needs applied first (its stepping stones)."""
    for need in mech.needs:
        files = improve(files, need, random.Random(1))[0]
    return files


def write(files: dict[str, str], dest: Path) -> Path:
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text)
    return dest


@pytest.mark.parametrize("agent", sorted(AGENTS))
@pytest.mark.parametrize(("mech", "variant"), CASES, ids=[f"{m.id}-{v}" for m, v in CASES])
def test_each_variant_gives_a_working_agent_its_detector_recognises(mech, variant, agent,
                                                                    tmp_path):
    files = with_needs(files_of(AGENTS[agent]), mech)
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


def find(task: SynthTask, patch: str, want, features: tuple[str, ...] = ()) -> CallContext:
    """A coding context on `task` whose open-world plan satisfies `want`."""
    for seed in range(3000):
        ctx = CallContext("run", "attempt-1", "coding_agent", task_id=task.id, seed=seed,
                          hints={"reference_patch": patch, "difficulty": task.difficulty,
                                 "features": list(features), "kind": "bugfix"})
        if want(plan_for(ctx, 0)):
            return ctx
    raise AssertionError("no seed gives the wanted plan")


def strikes(plan: WorldPlan, d: int) -> dict[str, bool]:
    """Which latent failures a plan carries (those tied to a feature act only on its tasks)."""
    return {"give_up": plan.give_up < world.rate("give_up", d),
            "slip": plan.slip < world.rate("slip", d),
            "misread": plan.misread < world.rate("misread", d),
            "wander": plan.wander_at is not None,
            "tests_habit": plan.tests_habit < world.P_TESTS_HABIT_SHELL,
            "stopped_early": plan.stopped_early < world.P_STOPPED_EARLY,
            "debug": plan.debug < world.P_DEBUG_LEFTOVER,
            "chased": plan.chased < world.P_CHASED_UNRELATED}


class Run:
    """One agent run on a task against the open-world toy, under a plan carrying exactly the
    latent failures `strike` (the toy testing on its own counts as one): its diff and
    requests."""

    def __init__(self, files: dict[str, str], work: Path, d: int = 1,
                 strike: tuple[str, ...] = (), task: SynthTask | None = None,
                 features: tuple[str, ...] = ()) -> None:
        task = task or one_task(d)
        self.patch = reference_patch(task, work / "ref")
        ctx = find(task, self.patch, lambda p: all(
            v == (k in strike) for k, v in strikes(p, task.difficulty).items()), features)
        repo = make_repo(task.files, work / "repo")
        with FakeGateway(ToyProvider(0, world="open")) as gateway:
            env = {**gateway.env(gateway.issue(ctx)), "TMPDIR": str(work)}
            self.done = run_agent(write(files, work / "agent"), repo, task.instructions, env,
                                  work / "out")
        self.diff = git(repo, "diff")
        self.exchanges = gateway.exchanges

    @property
    def last(self) -> list[dict[str, Any]]:
        """The messages of the last request."""
        return self.exchanges[-1][1]["messages"]

    def injected(self) -> list[str]:
        """The texts the agent sent as whole user messages after the first."""
        return [m["content"] for m in self.last[1:]
                if m["role"] == "user" and isinstance(m["content"], str)]

    def results(self) -> list[str]:
        """The tool results of the last request."""
        return [str(b["content"]) for m in self.last if isinstance(m["content"], list)
                for b in m["content"] if b.get("type") == "tool_result"]

    def answers(self) -> list[str]:
        """The toy's answers in the last request (each tagged with the evidence it had)."""
        return [b["text"] for m in self.last if m["role"] == "assistant"
                for b in m["content"] if b["type"] == "text"]

    def refused(self) -> bool:
        """A request was refused (HTTP 400: too long, or broken structure)."""
        return 400 in [status for _, _, status in self.exchanges]


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
    plain = Run(roomy, tmp_path / "plain", 3, ("wander",))
    assert plain.refused() and plain.diff == ""
    cut = Run(with_(roomy, "truncate", variant, limit=8000, mode=mode), tmp_path / "cut", 3,
              ("wander",))
    assert not cut.refused() and cut.diff == cut.patch


@pytest.mark.parametrize("variant", MECHANISMS["retry_empty"].variants)
def test_retry_empty_injects_a_continuation_after_a_give_up(roomy, variant, tmp_path):
    plain = Run(roomy, tmp_path / "plain", 1, ("give_up",))
    assert plain.diff == ""
    retried = Run(with_(roomy, "retry_empty", variant, retries=2), tmp_path / "retry", 1,
                  ("give_up",))
    assert retried.injected() and retried.diff == retried.patch


@pytest.mark.parametrize("variant", MECHANISMS["verify_on_done"].variants)
def test_verify_on_done_sends_a_test_summary_after_the_last_edit(roomy, variant, tmp_path):
    plain = Run(roomy, tmp_path / "plain", 2, ("slip",))
    assert SLIP_LINE in plain.diff
    checked = Run(with_(roomy, "verify_on_done", variant, rounds=1), tmp_path / "verify", 2,
                  ("slip",))
    injected = checked.injected()
    assert injected and "[exit code 2]" in injected[0] and checked.diff == checked.patch


@pytest.mark.parametrize("variant", MECHANISMS["repo_map"].variants)
def test_repo_map_puts_the_file_list_in_the_first_message(roomy, variant, tmp_path):
    first = Run(with_(roomy, "repo_map", variant, lines=50), tmp_path / "map", 1, ("give_up",))
    message = first.exchanges[0][1]["messages"][0]["content"]
    assert "calc/ops.py" in message and "tests/test_visible.py" in message
    plain = Run(roomy, tmp_path / "plain", 1, ("give_up",))
    assert "calc/ops.py" not in plain.exchanges[0][1]["messages"][0]["content"]


# ---- the mechanisms of issue 18 part 1: detectors, retuning, stacking ------------------------

FIRST_FIVE = ("turn_limit", "retry_empty", "truncate", "repo_map", "verify_on_done")
NEW_CASES = [(m, v) for m, v in CASES if m.id not in FIRST_FIVE]


def shape(files: dict[str, str]) -> list[tuple[str, str]]:
    """(path, name) of every module-level function and assignment: what a copy would add."""
    found = []
    for path, text in sorted(files.items()):
        for s in ast.parse(text).body:
            if isinstance(s, ast.FunctionDef):
                found.append((path, s.name))
            elif isinstance(s, ast.Assign):
                found += [(path, ast.unparse(t)) for t in s.targets]
    return found


@pytest.mark.parametrize(("mech", "variant"), NEW_CASES, ids=[f"{m.id}-{v}" for m, v in NEW_CASES])
def test_reapplying_retunes_the_one_copy(mech, variant):
    """A second application, even as the other variant, changes the parameter in place."""
    files = with_needs(files_of(SEED), mech)
    low = {p.name: int(p.low) for p in mech.params}
    high = {p.name: int(p.high) for p in mech.params}
    once, first, _ = improve(files, mech.id, random.Random(1), variant, low)
    other = next(v for v in mech.variants if v != variant)
    twice, second, _ = improve(once, mech.id, random.Random(2), other, high)
    assert (first, second) == (low, high) == (low, mech.existing(index(twice)))
    assert shape(twice) == shape(once)
    assert sum(map(len, twice.values())) - sum(map(len, once.values())) < 10


@pytest.mark.parametrize("agent", sorted(AGENTS))
@pytest.mark.parametrize(("mech", "variant"), CASES, ids=[f"{m.id}-{v}" for m, v in CASES])
def test_each_detector_sees_only_its_own_shape(mech, variant, agent):
    files = with_needs(files_of(AGENTS[agent]), mech)
    new, _, _ = improve(files, mech.id, random.Random(4), variant)
    assert seen_in(new) == seen_in(files) | {mech.id}


def seen_in(files: dict[str, str]) -> set[str]:
    """The mechanisms whose detectors see themselves in `files`."""
    agent = index(files)
    return {m.id for m in MECHANISMS.values() if m.existing(agent)}


def needs_first(ids: list[str]) -> list[str]:
    """`ids` in their order, each moved after the mechanisms it needs."""
    done: list[str] = []
    while len(done) < len(ids):
        done.append(next(i for i in ids if i not in done
                         and set(MECHANISMS[i].needs) <= set(done)))
    return done


@pytest.mark.parametrize("order", ["table", "reversed"])
def test_all_mechanisms_stack_and_the_agent_still_solves_a_task(order, tmp_path):
    """Every mechanism on the seed, in the table's order or the reverse one: each detector
    still sees its own with the drawn parameters, the agent self-checks, and it resolves a
    quiet task against the open world with no request refused."""
    ids = list(MECHANISMS) if order == "table" else list(MECHANISMS)[::-1]
    files, rng, seen = files_of(SEED), random.Random(9), {}
    for mid in needs_first(ids):
        files, seen[mid], _ = improve(files, mid, rng)
    agent = index(files)
    assert {m.id: m.existing(agent) for m in MECHANISMS.values()} == seen
    assert self_check(write(files, tmp_path / "checked")).returncode == 0
    files = with_(files, "turn_limit", "retune", turns=30)
    run = Run(files, tmp_path / "run", 2)
    assert run.done.returncode == 0 and not run.refused() and run.diff == run.patch


# ---- behaviour of the new mechanisms, driven against the open world ----------------------------

BASE = one_task(1)
MORE = 'def shift(x):\n    """Add 2 to x."""\n    return x + 1\n'
MULTI = replace(
    BASE, id="synth-multi", files={**BASE.files, "calc/more.py": MORE},
    instructions=f"{BASE.instructions} calc.more.shift(x) must return x + 2; it does not.",
    solution={**BASE.solution, "calc/more.py": MORE.replace("x + 1", "x + 2")})
OLD_FAILURE = replace(BASE, id="synth-old-failure", files={
    **BASE.files, "tests/test_visible.py": BASE.files["tests/test_visible.py"]
    + "\n\ndef test_unrelated():\n    assert 'calc'.upper() == 'calc'\n"})


@pytest.fixture(scope="module")
def plain(roomy, tmp_path_factory):
    """Runs of the roomy seed without the mechanism under test, by scenario (shared)."""
    cache: dict[tuple[Any, ...], Run] = {}

    def run(d: int, strike: tuple[str, ...], task: SynthTask | None = None,
            features: tuple[str, ...] = ()) -> Run:
        key = (d, strike, task.id if task else None, features)
        if key not in cache:
            cache[key] = Run(roomy, tmp_path_factory.mktemp("plain"), d, strike, task, features)
        return cache[key]

    return run


@pytest.mark.parametrize("variant", MECHANISMS["continue_when_partial"].variants)
def test_continue_when_partial_gets_the_second_file_patched(roomy, plain, variant, tmp_path):
    early = plain(1, ("stopped_early",), MULTI, ("multi_file",))
    assert early.diff and early.diff != early.patch
    run = Run(with_(roomy, "continue_when_partial", variant, times=1), tmp_path, 1,
              ("stopped_early",), MULTI, ("multi_file",))
    assert run.diff == run.patch
    assert any("continued" in answer.split(")")[0] for answer in run.answers())


@pytest.mark.parametrize("variant", MECHANISMS["compile_check"].variants)
def test_compile_check_shows_the_slip_so_the_toy_repairs_it(roomy, plain, variant, tmp_path):
    assert SLIP_LINE in plain(2, ("slip",)).diff
    run = Run(with_(roomy, "compile_check", variant, lines=10), tmp_path, 2, ("slip",))
    assert any("SyntaxError" in result for result in run.results())
    assert run.diff == run.patch and "syntax_after" in run.answers()[-1]
    assert not list((tmp_path / "repo").rglob("*.pyc"))  # py_compile wrote outside the repo


@pytest.mark.parametrize("variant", MECHANISMS["tests_tool"].variants)
def test_tests_tool_lets_the_toy_test_its_edit_and_repair_the_slip(roomy, plain, variant,
                                                                   tmp_path):
    assert SLIP_LINE in plain(2, ("slip",)).diff  # with a shell only, it rarely tests
    run = Run(with_(roomy, "tests_tool", variant, lines=30), tmp_path, 2, ("slip",))
    failing = [r for r in run.results() if r.endswith("[exit code 2]")]
    assert failing and all(len(r.splitlines()) <= 31 for r in failing)  # its last lines
    assert [a.split(",")[0] for a in run.answers()].count("[simulated model] (step: test") == 2
    assert any("tests_after" in a for a in run.answers()) and run.diff == run.patch


@pytest.mark.parametrize("variant", MECHANISMS["diff_review"].variants)
def test_diff_review_lets_the_toy_remove_its_debug_print(roomy, plain, variant, tmp_path):
    assert DEBUG_LINE in plain(1, ("debug",), features=("stdout_checked",)).diff
    run = Run(with_(roomy, "diff_review", variant, max_chars=4000), tmp_path, 1, ("debug",),
              features=("stdout_checked",))
    assert "diff --git" in run.injected()[0] and run.diff == run.patch


@pytest.mark.parametrize("variant", MECHANISMS["baseline_tests"].variants)
def test_baseline_tests_keep_the_toy_from_chasing_an_old_failure(roomy, variant, tmp_path):
    verified = with_(roomy, "verify_on_done", "argv", rounds=1)
    chased = Run(verified, tmp_path / "plain", 1, ("chased",), OLD_FAILURE,
                 ("preexisting_failure",))
    assert chased.injected() and chased.diff == ""
    run = Run(with_(verified, "baseline_tests", variant, lines=20), tmp_path / "base", 1,
              ("chased",), OLD_FAILURE, ("preexisting_failure",))
    assert "1 failed, 1 passed" in run.last[0]["content"] and run.diff == run.patch


@pytest.mark.parametrize("variant", MECHANISMS["test_output_tail"].variants)
def test_test_output_tail_sends_a_shorter_report_that_still_repairs(roomy, variant, tmp_path):
    verified = with_(roomy, "verify_on_done", "argv", rounds=1)
    whole = Run(verified, tmp_path / "whole", 2, ("slip",))
    run = Run(with_(verified, "test_output_tail", variant, lines=10), tmp_path / "tail", 2,
              ("slip",))
    report, full = run.injected()[0], whole.injected()[0]
    assert len(report.splitlines()) <= 11 < len(full.splitlines())
    assert full.endswith(report.splitlines()[-1]) and run.diff == run.patch


@pytest.mark.parametrize("variant", MECHANISMS["preload_files"].variants)
def test_preload_files_gives_code_at_once_and_saves_a_turn(roomy, plain, variant, tmp_path):
    before = plain(2, ())
    run = Run(with_(roomy, "preload_files", variant, chars=4000), tmp_path, 2)
    assert "--- calc/ops.py ---" in run.last[0]["content"]
    assert "seen: files,code" in run.answers()[0]
    assert len(run.exchanges) == len(before.exchanges) - 1 and run.diff == run.patch


@pytest.mark.parametrize("variant", MECHANISMS["error_summary"].variants)
def test_error_summary_shortens_the_long_wander_result(roomy, plain, variant, tmp_path):
    assert plain(3, ("wander",)).refused()
    run = Run(with_(roomy, "error_summary", variant, lines=40), tmp_path, 3, ("wander",))
    assert not run.refused() and run.diff == run.patch
    assert any("other lines left out" in result for result in run.results())


@pytest.mark.parametrize("variant", MECHANISMS["compact_history"].variants)
def test_compact_history_stubs_old_results_and_keeps_every_call_answered(roomy, plain, variant,
                                                                           tmp_path):
    whole = plain(3, ())
    run = Run(with_(roomy, "compact_history", variant, keep=2), tmp_path, 3)
    assert not run.refused() and not whole.refused() and run.diff == run.patch
    assert all(not api_errors(request) for _, request, _ in run.exchanges)
    stubs = [r for r in run.results() if r == STUB]
    assert stubs and len(json.dumps(run.exchanges[-1][1])) < len(json.dumps(whole.exchanges[-1][1]))


@pytest.mark.parametrize("variant", MECHANISMS["stop_on_green"].variants)
def test_stop_on_green_saves_a_call_and_stops_a_multi_file_change_early(roomy, plain, variant,
                                                                         tmp_path):
    before = plain(1, ("tests_habit",))
    run = Run(with_(roomy, "stop_on_green", variant, min_passed=1), tmp_path / "one", 1,
              ("tests_habit",))
    assert run.diff == run.patch and len(run.exchanges) == len(before.exchanges) - 1
    going = with_(roomy, "continue_when_partial", "porcelain", times=1)
    multi = ("stopped_early", "tests_habit"), MULTI, ("multi_file",)
    whole = Run(going, tmp_path / "whole", 1, *multi)
    assert whole.diff == whole.patch
    cut = Run(with_(going, "stop_on_green", variant, min_passed=1), tmp_path / "cut", 1, *multi)
    assert cut.diff and cut.diff != cut.patch  # the regression: it stops before the 2nd file
