"""The task record and the Benchmark container."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import Benchmark, Task
from evals.task import TASK_FORMAT_VERSION
from ground.errors import BenchmarkError


def make_task(task_id: str = "t1", **fields: object) -> Task:
    base = dict(id=task_id, benchmark="b", language="python", instructions="fix it",
                repo_dir=Path("/r"), test_command="python -m pytest")
    return Task(**{**base, **fields})


def test_round_trip_through_json() -> None:
    task = make_task(hidden_tests_dir=Path("/h"), fail_to_pass=["a::b"], env={"K": "V"},
                     metadata={"kind": "bugfix"}, difficulty=3, timeout_s=5)
    data = json.loads(json.dumps(task.to_dict()))
    assert data["format_version"] == TASK_FORMAT_VERSION
    assert Task.from_dict(data) == task
    assert task.kind == "bugfix" and task.timeout_s == 5.0


def test_repo_in_image_round_trips() -> None:
    task = make_task(repo_dir=None, image="img:1", repo_path="/testbed")
    assert Task.from_dict(task.to_dict()) == task


def test_other_format_version_rejected() -> None:
    data = make_task().to_dict() | {"format_version": 99}
    with pytest.raises(BenchmarkError, match="format"):
        Task.from_dict(data)


@pytest.mark.parametrize("bad_id", ["", "a/b", "../x", " x", "-x"])
def test_ids_must_be_path_safe(bad_id: str) -> None:
    with pytest.raises(BenchmarkError, match="path-safe"):
        make_task(bad_id)


def test_difficulty_range() -> None:
    with pytest.raises(BenchmarkError, match="difficulty"):
        make_task(difficulty=4)


def small_bench() -> Benchmark:
    return Benchmark(name="b", description="", ids=["t1", "t2", "t3"],
                     splits={"small": ["t1"]}, load=lambda i: make_task(i))


def test_splits_and_tasks() -> None:
    bench = small_bench()
    assert bench.split("small") == ["t1"]
    assert bench.split("full") == ["t1", "t2", "t3"]
    assert list(bench.task_ids()) == ["t1", "t2", "t3"]
    assert bench.task("t2").id == "t2"
    assert bench.task("t2") is bench.task("t2")


def test_unknown_split_lists_valid_ones() -> None:
    with pytest.raises(BenchmarkError, match="small, full"):
        small_bench().split("huge")


def test_unknown_task_lists_valid_ids() -> None:
    with pytest.raises(BenchmarkError, match="t1, t2, t3"):
        small_bench().task("t9")


def test_select() -> None:
    bench = small_bench()
    assert bench.select() == ["t1", "t2", "t3"]
    assert bench.select("small") == ["t1"]
    assert bench.select(tasks=["t3", "t1"]) == ["t3", "t1"]
    with pytest.raises(BenchmarkError):
        bench.select(tasks=["nope"])


def test_split_naming_unknown_task_is_an_error() -> None:
    with pytest.raises(BenchmarkError, match="unknown tasks"):
        Benchmark(name="b", description="", ids=["t1"], splits={"s": ["t2"]},
                  load=lambda i: make_task(i))
