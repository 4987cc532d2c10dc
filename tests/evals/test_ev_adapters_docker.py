"""HumanEval and polyglot tasks validate for real: untouched fails, reference passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from ev_fixtures import write_polyglot

from evals import load_benchmark
from evals.validate import validate_benchmark

pytestmark = pytest.mark.docker


def test_humaneval_tasks_validate(cache: Path, sandbox_image: str) -> None:
    bench = load_benchmark("humaneval", cache_dir=cache)
    checks = validate_benchmark(bench, ["HumanEval-0", "HumanEval-38"], None, sandbox_image,
                                workers=2)
    assert [c.problems for c in checks] == [[], []]
    assert all(c.untouched and c.untouched.tests_failed == 1 for c in checks)


def test_polyglot_exercises_validate(tmp_path: Path, cache: Path, sandbox_image: str) -> None:
    bench = load_benchmark(f"polyglot:{write_polyglot(tmp_path / 'polyglot')}", cache_dir=cache)
    checks = validate_benchmark(bench, bench.ids, None, sandbox_image, workers=2)
    assert {c.task_id: c.problems for c in checks} == {i: [] for i in bench.ids}
    leap = checks[0].reference
    assert leap and leap.tests_passed == 4  # the four hidden unittest cases
