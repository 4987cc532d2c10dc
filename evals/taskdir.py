"""The native format: benchmark.toml plus tasks/<id>/{task.toml, instructions.md, repo/, ...}."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from evals.benchmark import HELDOUT, Benchmark, with_hashed_heldout
from evals.task import Task
from ground.errors import BenchmarkError

DEFAULT_TEST_COMMAND = "python -m pytest -q -p no:cacheprovider tests"

# task.toml keys copied onto the Task as they are; everything else goes to metadata.
_TASK_KEYS = ("language", "test_command", "timeout_s", "hidden_tests_target", "difficulty",
              "protected_paths", "fail_to_pass", "pass_to_pass", "env", "visible_paths")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning a missing or broken file into a BenchmarkError."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise BenchmarkError(f"{path} is missing", "every benchmark and task needs one") from None
    except tomllib.TOMLDecodeError as exc:
        raise BenchmarkError(f"{path} is not valid TOML: {exc}", "fix the file") from None


def is_taskdir_benchmark(path: Path) -> bool:
    """True when `path` looks like a benchmark in the native format."""
    return (path / "benchmark.toml").is_file()


def load_taskdir(path: Path, **options: Any) -> Benchmark:
    """Load a benchmark directory in the native format.

    Its held-out tasks are `splits.heldout` in benchmark.toml; without that list, a
    share `heldout_fraction` (option, default 0.2) of the tasks no split names is held
    out by id hash.
    """
    path = Path(path).resolve()
    if not is_taskdir_benchmark(path):
        raise BenchmarkError(f"{path} has no benchmark.toml", "point at a benchmark directory")
    fraction = options.pop("heldout_fraction", None)
    if options:
        raise BenchmarkError(f"options {sorted(options)} do not apply to {path.name}",
                             "this format takes only heldout_fraction")
    meta = read_toml(path / "benchmark.toml")
    name = str(meta.get("name", path.name))
    tasks_dir = path / "tasks"
    ids = sorted(p.name for p in tasks_dir.iterdir() if (p / "task.toml").is_file()) \
        if tasks_dir.is_dir() else []
    splits = {str(k): [str(t) for t in v] for k, v in meta.get("splits", {}).items()}
    if HELDOUT not in splits:
        splits = with_hashed_heldout(ids, splits, fraction)
    elif fraction is not None:
        raise BenchmarkError(f"{name} lists its held-out tasks in benchmark.toml",
                             "drop the heldout_fraction option")
    return Benchmark(name=name, description=str(meta.get("description", "")), ids=ids,
                     splits=splits, load=lambda task_id: load_task_dir(tasks_dir / task_id, name))


def load_task_dir(task_dir: Path, benchmark: str) -> Task:
    """Load one tasks/<id>/ directory."""
    spec = read_toml(task_dir / "task.toml")
    task_id = str(spec.get("id", task_dir.name))
    if task_id != task_dir.name:
        raise BenchmarkError(f"{task_dir}/task.toml says id {task_id!r}",
                             f"make it match the directory name {task_dir.name!r}")
    instructions = task_dir / "instructions.md"
    if not instructions.is_file() or not (task_dir / "repo").is_dir():
        raise BenchmarkError(f"task {task_id} lacks instructions.md or repo/",
                             "every task needs both")
    solution = task_dir / "solution.patch"
    hidden = task_dir / "tests"
    known = {k: spec[k] for k in _TASK_KEYS if k in spec}
    known.setdefault("language", "python")
    known.setdefault("test_command", DEFAULT_TEST_COMMAND)
    # repo/ is what the agent sees (hidden tests and the solution live beside it); a task may
    # narrow that with visible_paths.
    known.setdefault("visible_paths", ["**"])
    extra = {k: v for k, v in spec.items() if k not in _TASK_KEYS and k != "id"}
    return Task(id=task_id, benchmark=benchmark, instructions=instructions.read_text(),
                repo_dir=task_dir / "repo",
                hidden_tests_dir=hidden if hidden.is_dir() else None,
                solution_patch=solution.read_text() if solution.is_file() else None,
                metadata=extra, **known)
