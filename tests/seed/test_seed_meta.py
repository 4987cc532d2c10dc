"""The seed's meta agent (agents_archive/seed_meta): its diagnosis builds the host's requests
byte for byte from an archive export, its command line and self-check, and its run against
the toy makes the child the fixed step makes.

The meta agent runs on the host here only because it is this project's own seed code, the
model is the toy and the repositories are tmp dirs, as in the seed agent's own tests."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from agents_archive.parts import parts_of
from dgm.evolution.attempt import SELF_MODIFY_PROBLEM
from dgm.evolution.diagnose import (
    CONTEXT_OVERFLOW,
    EVIDENCE_LIMIT,
    agent_source_text,
    choose_entry,
    diagnose,
    diagnosis_results,
    evidence_text,
)
from dgm.toy import ToyProvider
from evals.harness import TaskResult
from ground import noise
from ground.context import CallContext

ROOT = Path(__file__).resolve().parents[2]
SEED, SEED_META = ROOT / "agents_archive" / "seed", ROOT / "agents_archive" / "seed_meta"
# The toy's test helpers (a stand-in gateway, logs in the seed's format), which import each
# other by plain name.
TOY_TESTS = ROOT / "tests" / "toy"
if str(TOY_TESTS) not in sys.path:
    sys.path.insert(0, str(TOY_TESTS))
PARENT, SEED_NUMBER, RETRIES = "0123456789ab", 7, 3
# The fields of a task run in the export (HYPERAGENT_DESIGN.md 3.1): outcomes for every run,
# evidence only for runs not resolved.
OUTCOMES = ("task_id", "repeat", "resolved", "empty_patch", "patch_applied", "timed_out",
            "agent_exit_code", "agent_timed_out", "agent_s", "tokens", "usd", "error")
GOOD = json.dumps({"diagnosis": "it stops early", "improvement": "More turns",
                   "problem_statement": "Raise MAX_TURNS to 12."})


def overlay(dest: Path) -> Path:
    """The seed with its meta agent: the start agent of a hyperagent run."""
    shutil.copytree(SEED, dest, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SEED_META, dest, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    return dest


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return overlay(tmp_path_factory.mktemp("agent") / "agent")


@pytest.fixture(scope="module")
def meta(agent: Path) -> Iterator[ModuleType]:
    """meta_agent.py imported from the overlay (with its coding_agent and meta package); the
    interpreter's modules, path and bytecode flag are restored after."""
    flag, names = sys.dont_write_bytecode, ("meta_agent", "coding_agent", "meta",
                                              "meta.diagnose", "meta.noise")
    sys.path.insert(0, str(agent))
    try:
        import meta_agent  # type: ignore[import-not-found]
        yield meta_agent
    finally:
        sys.path.remove(str(agent))
        for name in names:
            sys.modules.pop(name, None)
        sys.dont_write_bytecode = flag


def export_run(r: TaskResult, sees_hidden_tests: bool) -> dict[str, Any]:
    """One task run as the export writes it into tasks.jsonl."""
    out: dict[str, Any] = {k: getattr(r, k) for k in OUTCOMES}
    out["log_flags"] = ["context_overflow"] if CONTEXT_OVERFLOW.search(r.log_tail) else []
    if not r.resolved:
        out |= {"log_tail": r.log_tail, "patch": r.patch[:EVIDENCE_LIMIT]}
        if sees_hidden_tests:
            out["test_output_tail"] = noise.steady_tail(r.test_output_tail, EVIDENCE_LIMIT)
    return out


def write_export(folder: Path, attempt: str, results: list[TaskResult], heldout: set[str],
                 sees_hidden_tests: bool, instructions: dict[str, str]) -> Path:
    """An export folder as dgm/evolution/export.py builds it (the parts this agent reads)."""
    runs = [export_run(r, sees_hidden_tests) for r in results if r.task_id not in heldout]
    (folder / "agents" / PARENT).mkdir(parents=True)
    (folder / "agents" / PARENT / "tasks.jsonl").write_text(
        "".join(json.dumps(run) + "\n" for run in runs))
    (folder / "instructions").mkdir()
    for task in {r["task_id"] for r in runs if not r["resolved"]}:
        (folder / "instructions" / f"{task}.md").write_text(instructions[task])
    context = {"v": 1, "run": "run", "attempt": attempt, "generation": 1, "index": 0,
               "attempts_in_generation": 2, "same_parent_before": 0, "parent": PARENT,
               "root": PARENT, "iterations_left": 9, "generations_total": 10,
               "seed": SEED_NUMBER, "diagnosis_retries": RETRIES, "time_limit_s": 600.0,
               "benchmark": "pytasks", "selection_splits": ["small"],
               "meta_paths": ["meta_agent.py", "meta/"], "limits": {}}
    (folder / "context.json").write_text(json.dumps(context))
    return folder


# --- records: empty patches, disagreeing repeats, a context overflow (seen only in a log) ---

def noisy_log(rng: random.Random, lines: int, tail: str = "") -> str:
    """A transcript in the seed's format with timings, unix times and addresses in it."""
    events = [json.dumps({"time": 1767000000.125 + i * rng.random(), "event": "tool_result",
                          "output": f"{rng.randint(1, 9)} passed in {rng.random():.3f}s at "
                                    f"0x{rng.getrandbits(40):x} " + "y" * rng.randint(0, 300)})
              for i in range(lines)]
    return "\n".join([*events, tail]) + "\n"


def run(rng: random.Random, task: str, resolved: bool, repeat: int = 0, empty: bool = False,
        tail: str = "") -> TaskResult:
    patch = "" if empty else "diff --git a/m.py b/m.py\n" + "+x = 1\n" * rng.randint(1, 1500)
    return TaskResult(task, resolved, empty_patch=empty, patch_applied=not empty,
                      timed_out=rng.random() < 0.2, repeat=repeat, agent_exit_code=0,
                      agent_s=rng.random() * 50, tokens=rng.randint(100, 9000),
                      usd=rng.random() / 10, patch=patch,
                      test_output_tail=noisy_log(rng, rng.randint(1, 60), "1 failed in 0.2s"),
                      log_tail=noisy_log(rng, rng.randint(1, 30), tail))


def record(kind: str, rng: random.Random) -> list[TaskResult]:
    """A parent's evaluation with the trait `kind`, a held-out run and resolved runs."""
    runs = [run(rng, "t-solved", True), run(rng, "held-1", False),
            run(rng, "t-failed", False), run(rng, "t-other", False, tail="exit 1")]
    if kind == "empty":
        runs += [run(rng, f"t-empty-{i}", False, empty=True) for i in range(3)]
    elif kind == "stochastic":
        first_resolved = rng.random() < 0.5  # which repeat resolved the task: drawn
        runs += [run(rng, "t-flaky", first_resolved, 0), run(rng, "t-flaky", not first_resolved, 1)]
    else:  # the overflow shows only in a resolved run's log, which the export does not carry
        runs += [run(rng, "t-long", True, tail='"error": "prompt is too long: 61000 tokens"')]
    return runs


def scripted(first: str) -> tuple[list[dict[str, Any]], Callable[[dict[str, Any]], dict]]:
    """A model that answers `first`, then GOOD; the requests it was sent."""
    seen: list[dict[str, Any]] = []

    def complete(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        text = first if len(seen) == 1 else GOOD
        return {"content": [{"type": "text", "text": text}], "stop_reason": "end_turn"}
    return seen, complete


class ScriptedClient:
    """The meta agent's client, answering through `complete`."""

    def __init__(self, complete: Callable[[dict[str, Any]], dict]) -> None:
        self.complete = complete

    def create(self, **request: Any) -> dict[str, Any]:
        return self.complete(request)


def host_requests(visible: list[TaskResult], entry: str, instructions: dict[str, str],
                  source: str, model: str, first: str) -> tuple[list[str], Any]:
    """The requests Attempt.diagnose sends for `visible` (entry drawn), and its diagnosis."""
    seen, complete = scripted(first)
    found = diagnose(complete, model, source,
                     evidence_text(entry, visible, instructions.get(entry, "")), entry, RETRIES)
    return [json.dumps(r) for r in seen], found


def withheld(visible: list[TaskResult]) -> list[TaskResult]:
    """The results with what the export leaves out of a resolved run (its patch, log and
    grading output) left out."""
    return [replace(r, patch="", log_tail="", test_output_tail="") if r.resolved else r
            for r in visible]


@pytest.mark.parametrize("sees_hidden_tests", [False, True])
@pytest.mark.parametrize("kind", ["empty", "stochastic", "overflow"])
def test_the_diagnosis_requests_are_the_hosts_byte_for_byte(meta, agent, tmp_path, kind,
                                                            sees_hidden_tests):
    entries, retried, gaps = set(), 0, set()
    for i in range(50):
        attempt, rng = f"g{i // 5 + 1:03d}a{i % 5:02d}", random.Random(f"{kind}{i}")
        results = record(kind, rng)
        instructions = {r.task_id: f"Fix {r.task_id}, see {i}." for r in results}
        first = GOOD if i % 3 else rng.choice(["no json at all", "{broken", '{"diagnosis": "x"}'])
        # The host: Attempt.diagnose on the parent's results as diagnosis_inputs gives them.
        visible = diagnosis_results(results, {"held-1"}, sees_hidden_tests)
        entry = choose_entry(visible, random.Random(f"{SEED_NUMBER}:{attempt}:entry"))
        args = (entry, instructions, agent_source_text(agent), meta.MODEL, first)
        host_seen, host = host_requests(visible, *args)
        # The meta agent, on the export of the same evaluation.
        export = write_export(tmp_path / attempt / kind, attempt, results, {"held-1"},
                              sees_hidden_tests, instructions)
        port_seen, port_complete = scripted(first)
        port = meta.find_change(ScriptedClient(port_complete), json.loads(
            (export / "context.json").read_text()), export, agent, str(tmp_path / "meta.log"))
        port_requests = [json.dumps(r) for r in port_seen]
        if port_requests != host_seen:  # only where the host shows a resolved run's evidence
            assert port_requests == host_requests(withheld(visible), *args)[0]
            gaps.add(entry)
        assert host is not None and port == {k: v for k, v in asdict(host).items() if k != "v"}
        entries.add(host.entry)
        retried += host.tries > 1
    kinds = {"empty": "solve_empty_patches", "stochastic": "solve_stochasticity",
             "overflow": "solve_contextlength"}
    assert kinds[kind] in entries and "t-failed" in entries and "held-1" not in entries
    assert retried >= 10  # the retry conversation was compared too
    # The one difference: a failed task whose first repeat was resolved, whose patch and log
    # the host shows and the export does not carry (HYPERAGENT_DESIGN.md 3.1).
    assert gaps == ({"t-flaky"} if kind == "stochastic" else set())


def test_a_run_the_host_hides_is_hidden_from_the_meta_agent_too(meta, agent, tmp_path):
    rng = random.Random(0)
    results = [run(rng, "held-1", False, tail="HELD-OUT LOG"), run(rng, "t-failed", False)]
    export = write_export(tmp_path / "x", "g001a00", results, {"held-1"}, False,
                          {r.task_id: "fix it" for r in results})
    seen, complete = scripted(GOOD)
    meta.find_change(ScriptedClient(complete), json.loads((export / "context.json").read_text()),
                     export, agent, str(tmp_path / "meta.log"))
    text = json.dumps(seen)
    assert "HELD-OUT LOG" not in text and "held-1" not in text and "t-failed" in text
    assert "1 failed in" not in text  # grading output only with the switch


def test_the_port_masks_and_cuts_as_the_host_does(meta):
    from meta import noise as port  # type: ignore[import-not-found]

    assert [(p.pattern, m) for p, m in port.VOLATILE] == \
        [(p.pattern, m) for p, m in noise.VOLATILE]
    rng = random.Random(3)
    for _ in range(200):
        text = noisy_log(rng, rng.randint(0, 20), rng.choice(["", "x" * 900, "tail"]))
        limit = rng.randint(1, 3000)
        assert port.steady_tail(text, limit) == noise.steady_tail(text, limit)
        assert port.steady_head(text, limit) == noise.steady_head(text, limit)


def test_host_and_meta_agent_leave_the_meta_part_out_of_the_source(meta, agent):
    shown = agent_source_text(agent)
    assert shown == agent_source_text(SEED)  # the seed's view in a dgm run is unchanged
    assert "--- meta" not in shown and "--- coding_agent.py" in shown
    from meta import diagnose as port  # type: ignore[import-not-found]

    assert port.agent_source_text(agent) == shown
    assert meta.SELF_MODIFY_PROBLEM == SELF_MODIFY_PROBLEM


def meta_cli(agent: Path, *args: str, env: dict[str, str] | None = None,
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(agent / "meta_agent.py"), *args],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_self_check_passes_and_fails_on_broken_code(tmp_path):
    agent = overlay(tmp_path / "agent")
    done = meta_cli(agent, "--self-check")
    assert done.returncode == 0 and done.stdout.strip() == "self-check ok: meta agent"
    assert not list(agent.rglob("__pycache__"))  # the agent's tree stays clean
    (agent / "meta" / "diagnose.py").write_text("def broken(:\n")
    assert meta_cli(agent, "--self-check").returncode != 0
    alone = overlay(tmp_path / "alone")
    (alone / "coding_agent.py").unlink()  # the meta agent needs its task agent
    assert meta_cli(alone, "--self-check").returncode != 0


def test_command_line_requires_the_contract_arguments(agent):
    done = meta_cli(agent, "--workspace", "/tmp", "--archive", "/tmp")
    assert done.returncode == 2 and "--iterations-left" in done.stderr


class Malformed:
    """A model that never answers with the JSON object asked for."""

    def __init__(self) -> None:
        self.requests = 0

    def complete(self, request: dict[str, Any], context: Any) -> dict[str, Any]:
        self.requests += 1
        return {"id": "m", "type": "message", "role": "assistant", "model": "toy",
                "content": [{"type": "text", "text": "I would rather not."}],
                "stop_reason": "end_turn", "usage": {"input_tokens": 1, "output_tokens": 1}}


def test_no_usable_diagnosis_leaves_the_workspace_untouched(agent, tmp_path):
    from toy_support import FakeGateway, git, make_repo

    rng = random.Random(1)
    export = write_export(tmp_path / "export", "g001a00", record("empty", rng), set(), False,
                          {f"t-{n}": "fix" for n in ("failed", "other", "empty-0", "empty-1",
                                                     "empty-2")} | {"held-1": "fix"})
    workspace = make_repo({"coding_agent.py": "print(1)\n"}, tmp_path / "workspace")
    model = Malformed()
    with FakeGateway(model) as gateway:  # type: ignore[arg-type]
        token = gateway.issue(CallContext("run", "g001a00", "meta_agent", seed=1))
        done = meta_cli(agent, "--workspace", str(workspace), "--archive", str(export),
                        "--iterations-left", "3", "--log-file", str(tmp_path / "meta.log"),
                        "--summary-file", str(tmp_path / "summary.json"),
                        env={**gateway.env(token), "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    assert model.requests == RETRIES + 1
    assert git(workspace, "status", "--porcelain") == ""
    assert not (tmp_path / "summary.json").exists()
    events = [json.loads(line)["event"]
              for line in (tmp_path / "meta.log").read_text().splitlines()]
    assert events[0] == "meta_start" and events[-1] == "no_diagnosis"


# --- end to end against the toy: the child of a dgm attempt, made by the meta agent ---


def draw(attempt: str) -> int:
    """Attempt._context's seed for an attempt."""
    return zlib.crc32(f"{SEED_NUMBER}:{attempt}".encode())


def toy_record() -> tuple[list[TaskResult], dict[str, str]]:
    """A parent's evaluation the toy's diagnosers read: a give-up with no patch, a run out of
    turns, a context overflow, and a solved task."""
    from diagnosis_support import gave_up, out_of_turns, overflowed, result, solved

    results = [result("t1", gave_up(), empty=True), result("t2", out_of_turns()),
               result("t3", overflowed()), result("t4", solved(), resolved=True)]
    return results, {r.task_id: f"Make {r.task_id} pass." for r in results}


def source_files(agent: Path) -> dict[str, str]:
    return {p.relative_to(agent).as_posix(): p.read_text() for p in sorted(agent.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def child_patch(repo: Path) -> str:
    from toy_support import git

    git(repo, "add", "-A")
    return git(repo, "diff", "--cached", "--binary", "HEAD")


def dgm_child(world: str, attempt: str, work: Path) -> tuple[list[str], str, dict[str, Any]]:
    """A dgm attempt's fixed step on the seed: host diagnosis, then the seed's coding agent on
    its own source; the requests the toy got, the child's patch, the diagnosis."""
    from toy_support import FakeGateway, make_repo, run_agent

    provider, results = ToyProvider(0, world=world), toy_record()
    visible = diagnosis_results(results[0], set(), False)
    entry = choose_entry(visible, random.Random(f"{SEED_NUMBER}:{attempt}:entry"))
    requests: list[str] = []

    def complete(request: dict[str, Any]) -> dict[str, Any]:
        requests.append(json.dumps(request))
        context = CallContext("run", attempt, "diagnoser", seed=draw(attempt))
        return provider.complete(request, context)

    found = diagnose(complete, "toy", agent_source_text(SEED),
                     evidence_text(entry, visible, results[1].get(entry, "")), entry, RETRIES)
    assert found is not None
    repo = make_repo(source_files(SEED), work / "repo")
    with FakeGateway(provider) as gateway:
        token = gateway.issue(CallContext("run", attempt, "self_modifier", seed=draw(attempt)))
        run_agent(SEED, repo, SELF_MODIFY_PROBLEM.format(**found.to_dict()), gateway.env(token),
                  work / "out")
    requests += [json.dumps(r) for _, r, _ in gateway.exchanges]
    return requests, child_patch(repo), found.to_dict()


def meta_child(world: str, attempt: str, work: Path) -> tuple[list[str], str, dict[str, Any]]:
    """The seed meta agent's run on the seed with it, as a hyperagent attempt runs it (an
    export, the meta_agent role): the requests, the child's patch, its summary."""
    from toy_support import FakeGateway, make_repo

    agent = overlay(work / "agent")
    results, instructions = toy_record()
    export = write_export(work / "export", attempt, results, set(), False, instructions)
    workspace = make_repo(source_files(agent), work / "workspace")
    with FakeGateway(ToyProvider(0, world=world)) as gateway:
        token = gateway.issue(CallContext("run", attempt, "meta_agent", seed=draw(attempt)))
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        done = meta_cli(agent, "--workspace", str(workspace), "--archive", str(export),
                        "--iterations-left", "9", "--log-file", str(work / "meta.log"),
                        "--summary-file", str(work / "summary.json"),
                        env={**gateway.env(token), "PYTHONDONTWRITEBYTECODE": "1", "PATH": path})
    assert done.returncode == 0, done.stderr
    assert all(status == 200 for _, _, status in gateway.exchanges)
    summary = json.loads((work / "summary.json").read_text())
    return [json.dumps(r) for _, r, _ in gateway.exchanges], child_patch(workspace), summary


@pytest.mark.parametrize("world", ["classic", "open"])
def test_the_meta_agent_makes_the_child_the_fixed_step_makes(world, tmp_path):
    patches = set()
    for attempt in ("g001a00", "g001a01", "g002a00"):
        fixed = dgm_child(world, attempt, tmp_path / attempt / "dgm")
        made = meta_child(world, attempt, tmp_path / attempt / "meta")
        assert made[0] == fixed[0]  # the same requests, diagnosis and edit, byte for byte
        assert '"tools"' not in made[0][0] and all('"tools"' in r for r in made[0][1:])
        assert len(made[0]) > 2
        assert made[1] == fixed[1] and made[1]  # the same child
        assert made[2] == {k: str(fixed[2][k]) for k in made[2]}
        assert parts_of(made[1]) == ("task",)
        patches.add(made[1])
    assert len(patches) > 1  # the attempts drew differently: the equality is of draws
