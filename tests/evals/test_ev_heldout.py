"""The held-out split: every benchmark has one, disjoint from selection and stable."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from dgm.config import load_config
from evals import Benchmark, load_benchmark
from evals.benchmark import HELDOUT, hash_heldout
from evals.task import Task
from ground.errors import BenchmarkError, ConfigError
from tests.evals.ev_fixtures import make_swebench_repo, write_polyglot

SELECTION_SPLITS = ("small", "medium", "full")


def task(task_id: str) -> Task:
    return Task(task_id, "b", "python", "do it", None, "true")


def assert_disjoint(bench: Benchmark) -> None:
    held = set(bench.split(HELDOUT))
    for name in bench.splits:
        if name != HELDOUT:
            assert not held & set(bench.split(name)), name
    assert sorted(bench.split("full") + bench.split(HELDOUT)) == sorted(bench.ids)


def test_hash_split_is_deterministic_and_the_size_asked_for() -> None:
    ids = [f"task-{i:03d}" for i in range(100)]
    held = hash_heldout(ids, 0.2)
    assert len(held) == 20 and held == hash_heldout(ids, 0.2)
    shuffled = random.Random(1).sample(ids, len(ids))
    assert set(hash_heldout(shuffled, 0.2)) == set(held)  # the ids decide, not their order
    assert len(hash_heldout(ids, 0.3)) == 30 and set(held) <= set(hash_heldout(ids, 0.3))
    assert hash_heldout(ids, 0.0) == []
    assert hash_heldout(["only"], 0.5) == []  # a task is always left for selection


def test_hash_split_draws_only_tasks_no_split_names() -> None:
    ids = [f"t{i}" for i in range(20)]
    held = hash_heldout(ids, 0.5, named=ids[:15])
    assert len(held) == 5 and set(held) == set(ids[15:])


def test_full_means_every_task_not_held_out() -> None:
    bench = Benchmark("b", "", ["t1", "t2", "t3"], task,
                      splits={"small": ["t1"], HELDOUT: ["t3"]})
    assert bench.split("full") == ["t1", "t2"] and bench.split(HELDOUT) == ["t3"]
    assert bench.heldout == {"t3"} and bench.split("full") == ["t1", "t2"]
    assert bench.select() == ["t1", "t2", "t3"]  # validation checks every task
    assert Benchmark("b", "", ["t1"], task).split(HELDOUT) == []


@pytest.mark.parametrize("split", ["small", "full"])
def test_a_split_mixing_in_held_out_tasks_is_refused(split: str) -> None:
    with pytest.raises(BenchmarkError, match=f"split '{split}' names held-out tasks t2"):
        Benchmark("b", "", ["t1", "t2"], task, splits={split: ["t1", "t2"], HELDOUT: ["t2"]})


def test_pytasks_holds_out_ten_tasks_balanced_by_difficulty(pytasks: Benchmark) -> None:
    held = pytasks.split(HELDOUT)
    assert len(held) >= 10 and len(pytasks.split("full")) == len(pytasks.ids) - len(held)
    assert_disjoint(pytasks)
    assert Counter(pytasks.task(i).difficulty for i in held) == {1: 3, 2: 4, 3: 3}


def test_pytasks_lists_its_held_out_tasks_so_no_fraction_applies() -> None:
    with pytest.raises(BenchmarkError, match="drop the heldout_fraction option"):
        load_benchmark("pytasks", heldout_fraction="0.3")


def test_humaneval_has_a_fixed_split(cache: Path) -> None:
    bench = load_benchmark("humaneval", cache_dir=cache)
    held = bench.split(HELDOUT)
    assert len(held) == 26 and held[:3] == ["HumanEval-4", "HumanEval-9", "HumanEval-14"]
    assert held == load_benchmark("humaneval", cache_dir=cache).split(HELDOUT)
    assert_disjoint(bench)
    with pytest.raises(BenchmarkError, match="takes no option heldout_fraction"):
        load_benchmark("humaneval", heldout_fraction="0.3")


def write_taskdir(root: Path, n: int, splits: str = "") -> Path:
    for i in range(n):
        task_dir = root / "tasks" / f"task-{i:02d}"
        (task_dir / "repo").mkdir(parents=True)
        (task_dir / "task.toml").write_text(f'id = "task-{i:02d}"\n')
        (task_dir / "instructions.md").write_text("do it\n")
    (root / "benchmark.toml").write_text(f'name = "mine"\n{splits}')
    return root


def test_user_directory_holds_out_a_fraction_by_hash(tmp_path: Path) -> None:
    root = write_taskdir(tmp_path / "mine", 20, '[splits]\nsmall = ["task-00", "task-01"]\n')
    default = load_benchmark(str(root))
    assert len(default.split(HELDOUT)) == 4 and not {"task-00", "task-01"} & default.heldout
    assert_disjoint(default)
    wider = load_benchmark(f"dir:{root}", heldout_fraction="0.3")
    assert len(wider.split(HELDOUT)) == 6 and default.heldout <= wider.heldout
    assert load_benchmark(str(root), heldout_fraction="0").split(HELDOUT) == []
    for bad in ("1", "-0.1", "lots"):
        with pytest.raises(BenchmarkError, match="not a number in"):
            load_benchmark(str(root), heldout_fraction=bad)


def test_user_directory_with_its_own_list(tmp_path: Path) -> None:
    root = write_taskdir(tmp_path / "mine", 4, '[splits]\nheldout = ["task-03"]\n')
    assert load_benchmark(str(root)).split(HELDOUT) == ["task-03"]
    mixed = write_taskdir(tmp_path / "mixed", 4,
                          '[splits]\nsmall = ["task-03"]\nheldout = ["task-03"]\n')
    with pytest.raises(BenchmarkError, match="names held-out tasks task-03"):
        load_benchmark(str(mixed))


def test_swebench_file_holds_out_a_fraction_by_hash(tmp_path: Path) -> None:
    record = make_swebench_repo(tmp_path / "repo")
    path = tmp_path / "instances.jsonl"
    path.write_text("".join(json.dumps({**record, "instance_id": f"acme__calcpkg-{i}"}) + "\n"
                            for i in range(10)))
    bench = load_benchmark(f"swebench:{path}")
    assert len(bench.split(HELDOUT)) == 2 and len(bench.split("full")) == 8
    assert load_benchmark(str(path)).split(HELDOUT) == bench.split(HELDOUT)
    assert len(load_benchmark(str(path), heldout_fraction="0.3").split(HELDOUT)) == 3


def test_polyglot_checkout_holds_out_a_fraction_by_hash(tmp_path: Path, cache: Path) -> None:
    root = write_polyglot(tmp_path / "polyglot")
    bench = load_benchmark(f"polyglot:{root}", cache_dir=cache)
    assert len(bench.split(HELDOUT)) == 1 and len(bench.split("full")) == 2
    assert_disjoint(bench)
    none = load_benchmark(f"polyglot:{root}", cache_dir=cache, heldout_fraction="0")
    assert none.split(HELDOUT) == [] and len(none.split("full")) == 3


def test_selection_stages_may_not_score_the_held_out_split(tmp_path: Path) -> None:
    config = tmp_path / "dgm.toml"
    config.write_text('[evaluation]\nstages = [{ split = "small" }, { split = "heldout" }]\n')
    with pytest.raises(ConfigError, match="stage 2 scores the 'heldout' split"):
        load_config(config)
    with pytest.raises(ConfigError, match="heldout"):
        load_config(None, ['evaluation.stages=[{ split = "heldout" }]'])


def dgm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True)


def test_bench_list_shows_the_held_out_split() -> None:
    infos = {i["name"]: i for i in json.loads(dgm("bench", "list", "--json").stdout)}
    assert infos["pytasks"]["splits"][HELDOUT] == 10 and infos["pytasks"]["splits"]["full"] == 35
    assert infos["humaneval"]["splits"][HELDOUT] == 26
    assert "heldout 10" in dgm("bench", "list").stdout


@pytest.mark.docker
def test_the_held_out_pytasks_are_valid(sandbox_image: str) -> None:
    done = dgm("bench", "validate", "pytasks", "--split", HELDOUT, "--json", "--workers", "2")
    report = json.loads(done.stdout)
    assert done.returncode == 0, report["summary"]
    assert report["summary"]["tasks"] == 10 and report["valid"]
