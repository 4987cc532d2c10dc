"""Diagnosis: which entry is picked, what the model is shown, and malformed answers."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from dgm.evolution.diagnose import (
    CONTEXT_LENGTH,
    EMPTY_PATCHES,
    STOCHASTICITY,
    MalformedDiagnosis,
    agent_source_text,
    choose_entry,
    diagnose,
    evidence_text,
    parse_answer,
)
from evals.harness import TaskResult


def result(task: str, resolved: bool = False, empty: bool = False, log: str = "") -> TaskResult:
    return TaskResult(task, resolved, empty_patch=empty, patch_applied=not empty, timed_out=False,
                      patch="" if empty else "diff --git a/x b/x", test_output_tail="1 failed",
                      log_tail=log)


def entries(results: list[TaskResult], n: int = 400) -> set[str]:
    rng = random.Random(0)
    return {choose_entry(results, rng) for _ in range(n)}


def test_failed_tasks_are_the_plain_entries() -> None:
    results = [result("a"), result("b"), result("c", resolved=True)]
    assert entries(results) == {"a", "b"}


def test_empty_patches_warrant_their_entry() -> None:
    results = [result("a", empty=True), result("b", empty=True), result("c", resolved=True)]
    assert EMPTY_PATCHES in entries(results)


def test_disagreeing_repeats_warrant_the_stochasticity_entry() -> None:
    results = [result("a", resolved=True), result("a"), result("b", resolved=True)]
    assert STOCHASTICITY in entries(results)
    assert STOCHASTICITY not in entries([result("a"), result("a"), result("b", True)])


def test_context_overflow_warrants_its_entry() -> None:
    results = [result("a", log="Error code: 400 - prompt is too long"), result("b")]
    assert CONTEXT_LENGTH in entries(results)
    assert CONTEXT_LENGTH not in entries([result("a"), result("b")])


def test_evidence_names_the_failed_task_and_its_logs() -> None:
    results = [result("a"), result("b", resolved=True)]
    text = evidence_text("a", results, "Fix the slugs.")
    assert "failed task a" in text and "Fix the slugs." in text and "1 failed" in text
    assert "1/2 tasks resolved" in text


def test_agent_source_includes_code_and_readme(tmp_path: Path) -> None:
    (tmp_path / "tools").mkdir()
    (tmp_path / "coding_agent.py").write_text("MAX_TURNS = 7\n")
    (tmp_path / "tools" / "bash.py").write_text("SCHEMA = {}\n")
    (tmp_path / "README.md").write_text("# agent\n")
    (tmp_path / "data.bin").write_bytes(b"\0\1")
    text = agent_source_text(tmp_path)
    assert "--- coding_agent.py" in text and "--- tools/bash.py" in text and "data.bin" not in text


EMPTY_KEY = '{"diagnosis": "x", "improvement": "", "problem_statement": "y"}'


@pytest.mark.parametrize("text", ["no json here", "{not json}", '{"diagnosis": "x"}', EMPTY_KEY])
def test_malformed_answers_are_refused(text: str) -> None:
    with pytest.raises(MalformedDiagnosis):
        parse_answer(text)


def test_answer_inside_prose_is_found() -> None:
    body = {"diagnosis": "d", "improvement": "i", "problem_statement": "p"}
    assert parse_answer(f"Here you go:\n{json.dumps(body)}\nThanks") == body


def scripted(*answers: str) -> tuple[list[dict[str, Any]], Any]:
    seen: list[dict[str, Any]] = []

    def complete(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        return {"content": [{"type": "text", "text": answers[len(seen) - 1]}]}
    return seen, complete


def test_a_malformed_answer_is_asked_again_with_the_reason() -> None:
    good = json.dumps({"diagnosis": "d", "improvement": "i", "problem_statement": "p"})
    seen, complete = scripted("{broken", good)
    diag = diagnose(complete, "m", "source", "evidence", "a", retries=2)
    assert diag is not None and diag.tries == 2 and diag.problem_statement == "p"
    retry = seen[1]["messages"]
    assert retry[-2] == {"role": "assistant", "content": "{broken"}
    assert "not usable" in retry[-1]["content"]


def test_diagnosis_gives_up_after_the_retries() -> None:
    seen, complete = scripted("x", "y", "z")
    assert diagnose(complete, "m", "s", "e", "a", retries=2) is None
    assert len(seen) == 3


# What the diagnosis prompt holds, built the way a run builds it: the driver reads the parent's
# evaluation (a real archive and run directory), an attempt asks the diagnoser.
SELECTION = [f"sel-task-{i}" for i in range(5)]
HELD_OUT = ["heldout-task-a", "heldout-task-b"]


def make_bench() -> Any:
    from evals.benchmark import Benchmark
    from evals.task import Task

    def load(task_id: str) -> Task:
        return Task(task_id, "b", "python", f"INSTRUCTIONS of {task_id}", None, "true")

    return Benchmark("b", "", [*SELECTION, *HELD_OUT], load,
                     splits={"small": SELECTION, "heldout": HELD_OUT})


def marked_result(task_id: str) -> TaskResult:
    return TaskResult(task_id, resolved=False, empty_patch=False, patch_applied=True,
                      timed_out=False, agent_exit_code=0, patch=f"PATCH of {task_id}\n",
                      test_output_tail=f"HIDDEN-TEST-OUTPUT of {task_id}: 1 failed",
                      log_tail=f"AGENT-LOG of {task_id}")


def diagnosis_prompts(tmp_path: Path, sees_hidden_tests: bool, attempts: int = 12) -> list[str]:
    """The diagnosis requests of `attempts` attempts on a seed whose tasks all failed.

    The seed's evaluation record holds held-out results too, as a record mixing both
    splits would: they must be left out all the same.
    """
    from agents_archive import GitArchive
    from dgm.evolution.attempt import Attempt, AttemptSpec
    from dgm.evolution.loop import Evolution
    from dgm.rundir import RunDir
    from evals.harness import EvalResult
    from tests.loop.fakes import FakeHarness, FakeServices, fake_config, write_seed

    class MixedHarness(FakeHarness):
        def evaluate_staged(self, agent_dir: Path, bench: Any, stages: list[Any], key: str,
                            *args: Any, **kwargs: Any) -> EvalResult:
            return EvalResult([marked_result(i) for i in bench.task_ids()], ["small"])

    seen: list[dict[str, Any]] = []

    def complete(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        answer = {"diagnosis": "d", "improvement": "i", "problem_statement": "p"}
        return {"content": [{"type": "text", "text": json.dumps(answer)}]}

    config = fake_config(diagnosis_sees_hidden_tests=sees_hidden_tests)
    services = FakeServices(config, MixedHarness())
    services.bench = make_bench()
    services.completer = lambda context: complete
    run = RunDir(tmp_path / "run")
    run.root.mkdir(parents=True)
    archive = GitArchive.create(run.archive, write_seed(tmp_path / "seed"))
    evolution = Evolution(run, services, None, archive)
    evolution.evaluate_seed()
    for i in range(attempts):
        spec = AttemptSpec(f"g001a{i:02d}", 1, i, archive.root_id, config.seed)
        job = evolution.prepare(spec)
        assert Attempt(spec, job.inputs, services, job.out).diagnose() is not None
    return [json.dumps(request) for request in seen]


def test_diagnosis_sees_no_hidden_test_output_by_default(tmp_path: Path) -> None:
    prompts = diagnosis_prompts(tmp_path, sees_hidden_tests=False)
    assert not any("HIDDEN-TEST-OUTPUT" in p for p in prompts)
    assert any("AGENT-LOG of sel-task" in p and "PATCH of sel-task" in p for p in prompts)
    assert any("INSTRUCTIONS of sel-task" in p for p in prompts)


def test_the_switch_shows_hidden_test_output_of_selection_tasks(tmp_path: Path) -> None:
    prompts = diagnosis_prompts(tmp_path, sees_hidden_tests=True)
    assert any("HIDDEN-TEST-OUTPUT of sel-task" in p for p in prompts)


@pytest.mark.parametrize("sees_hidden_tests", [False, True])
def test_held_out_tasks_never_reach_diagnosis(tmp_path: Path, sees_hidden_tests: bool) -> None:
    prompts = diagnosis_prompts(tmp_path, sees_hidden_tests)
    assert prompts and not any("heldout-task" in p for p in prompts)
    assert all("0/5 tasks resolved" in p for p in prompts)  # not counted either
