"""Evaluations and attempt results as typed records: the saved JSON stays as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dgm.evolution.attempt import (
    EVALUATED,
    Attempt,
    AttemptInputs,
    AttemptResult,
    AttemptSpec,
    load_evaluation,
)
from dgm.evolution.scoring import runs_of
from evals.harness import EvalResult, SmokeResult, TaskResult
from ground.context import CallContext
from tests.loop.fakes import FakeHarness, FakeServices, fake_config, write_seed

# The shapes as saved by the dict-based code: evaluate.json's value, result.json's smoke.
OLD_TASK = {"task_id": "t1", "resolved": True, "empty_patch": False, "patch_applied": True,
            "timed_out": False, "repeat": 1, "agent_exit_code": 0, "agent_timed_out": False,
            "agent_s": 3.25, "grade_s": 1.5, "test_output_tail": "1 passed", "log_tail": "log",
            "patch": "diff --git a/x b/x\n", "tokens": 120, "usd": 0.0012, "error": None, "v": 1}
OLD_EVAL = {"v": 1, "score": 0.5, "stages_run": ["small"],
            "results": [{**OLD_TASK, "task_id": "t0", "resolved": False, "repeat": 0}, OLD_TASK]}
OLD_SMOKE = {"task_id": "t0", "agent_exit_code": 0, "agent_timed_out": False, "agent_s": 2.5,
             "output_tail": "done", "log_tail": "ran"}
OLD_DIAGNOSIS = {"entry": "t0", "diagnosis": "d", "improvement": "small change",
                 "problem_statement": "make a small change", "tries": 1, "v": 1}


def old_result(patch: str = "diff") -> dict[str, Any]:
    return {"attempt_id": "g001a00", "generation": 1, "index": 0, "parent_id": "seed",
            "status": EVALUATED, "diagnosis": OLD_DIAGNOSIS, "patch": patch, "score": 0.5,
            "eval": OLD_EVAL, "smoke": OLD_SMOKE, "seconds": {"diagnose": 0.5}, "error": None,
            "v": 1}


def test_an_evaluation_survives_to_dict_and_from_dict() -> None:
    results = [TaskResult("a", True, False, True, False, repeat=r, tokens=5, usd=0.25)
               for r in range(2)]
    evaluation = EvalResult([*results, TaskResult("b", False, True, False, True)], ["small"])
    raw = json.loads(json.dumps(evaluation.to_dict()))
    assert EvalResult.from_dict(raw) == evaluation
    assert raw["score"] == evaluation.score == 2 / 3
    assert runs_of(EvalResult.from_dict(raw).results) == {"a": [True, True], "b": [False]}


def test_an_old_evaluation_reads_and_writes_back_unchanged() -> None:
    evaluation = EvalResult.from_dict(OLD_EVAL)
    assert evaluation.score == 0.5 and evaluation.results[1].tokens == 120
    assert json.dumps(evaluation.to_dict()) == json.dumps(OLD_EVAL)


def test_an_old_attempt_result_loads_and_writes_back_unchanged() -> None:
    result = AttemptResult.from_dict(json.loads(json.dumps(old_result())))
    assert isinstance(result.eval, EvalResult) and isinstance(result.smoke, SmokeResult)
    assert result.eval.score == 0.5 and result.smoke.passed
    assert [r.task_id for r in result.eval.results] == ["t0", "t1"]
    assert json.dumps(result.to_dict()) == json.dumps(old_result())
    broken = AttemptResult.from_dict({**old_result(), "status": "broken", "eval": None,
                                      "smoke": {**OLD_SMOKE, "agent_exit_code": 1}})
    assert broken.eval is None and broken.smoke is not None and not broken.smoke.passed


def test_an_attempt_resumes_from_step_files_saved_in_the_old_shape(tmp_path: Path) -> None:
    parent = write_seed(tmp_path / "parent")
    context = CallContext("fake", "g001a00", "self_modifier")
    patch = FakeHarness().run_agent(parent, "small", parent, context).patch
    out = tmp_path / "attempt"
    out.mkdir()
    steps = {"diagnose": OLD_DIAGNOSIS, "self_modify": {"value": patch},
             "smoke": {"value": OLD_SMOKE}, "evaluate": {"value": OLD_EVAL}}
    for name, saved in steps.items():
        (out / f"{name}.json").write_text(json.dumps(saved))
    services = FakeServices(fake_config(), FakeHarness(crash_after=1))  # nothing may run again
    spec = AttemptSpec("g001a00", 1, 0, "seed", 7)
    result = Attempt(spec, AttemptInputs(parent, parent, [], {}), services, out).run()
    assert result.status == EVALUATED and result.eval == load_evaluation(out)
    expected = {**old_result(patch), "seconds": {}}
    assert json.loads((out / "result.json").read_text()) == expected
