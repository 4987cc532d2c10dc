"""Every bundled task is well formed (fast, no sandbox): files, metadata, splits, patches."""

from __future__ import annotations

import ast
import shutil
import subprocess
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from evals import Benchmark, load_benchmark
from evals.patches import filter_patch, split_patch
from evals.registry import BUNDLED_DIR
from evals.workspace import protected_patterns

TASK_DIRS = sorted(p for p in (BUNDLED_DIR / "pytasks" / "tasks").iterdir() if p.is_dir())


def test_size_and_spread(pytasks: Benchmark) -> None:
    tasks = [pytasks.task(i) for i in pytasks.ids]
    assert len(tasks) >= 40
    assert set(Counter(t.difficulty for t in tasks)) == {1, 2, 3}
    assert {t.kind for t in tasks} == {"bugfix", "feature", "refactor"}
    assert min(Counter(t.kind for t in tasks).values()) >= 5


def test_splits(pytasks: Benchmark) -> None:
    small, medium, full = (pytasks.split(s) for s in ("small", "medium", "full"))
    assert len(small) == 10 and len(set(small)) == 10
    assert len(medium) == 30 and set(small) <= set(medium)
    heldout = pytasks.split("heldout")
    assert len(pytasks.ids) == len(TASK_DIRS)
    assert sorted(full + heldout) == sorted(pytasks.ids) and not set(full) & set(heldout)
    assert {pytasks.task(i).difficulty for i in small} == {1, 2, 3}


def test_benchmark_toml_is_the_source_of_its_name() -> None:
    meta = tomllib.loads((BUNDLED_DIR / "pytasks" / "benchmark.toml").read_text())
    assert meta["name"] == "pytasks" and meta["description"]


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_task_files(task_dir: Path, pytasks: Benchmark) -> None:
    spec = tomllib.loads((task_dir / "task.toml").read_text())
    assert spec["id"] == task_dir.name
    assert spec["difficulty"] in (1, 2, 3) and spec["kind"] in ("bugfix", "feature", "refactor")
    assert spec["test_command"].startswith("python -m pytest") and spec["title"]
    task = pytasks.task(task_dir.name)
    assert task.instructions.startswith("# ") and len(task.instructions) > 150
    assert task.hidden_tests_target == "tests/hidden" and task.protected_paths == ["tests/**"]
    assert not list(task_dir.rglob("__pycache__")), "stray bytecode in the task"
    assert list((task_dir / "tests").glob("test_*.py")), "no hidden tests"


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_visible_tests_import_the_package(task_dir: Path) -> None:
    repo = task_dir / "repo"
    packages = {p.parent.name for p in repo.glob("*/__init__.py")}
    visible = list((repo / "tests").glob("test_*.py"))
    assert packages and visible
    imported = set()
    for test in visible:
        for node in ast.walk(ast.parse(test.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
    assert packages & imported


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_solution_patch_is_clean_and_applies(task_dir: Path, pytasks: Benchmark,
                                             tmp_path: Path) -> None:
    task = pytasks.task(task_dir.name)
    patch = task.solution_patch or ""
    sections = split_patch(patch)
    assert sections and all(s.text.startswith("diff --git a/") for s in sections)
    filtered = filter_patch(patch, protected_patterns(task))
    assert filtered.dropped_paths == [], "the reference must not touch tests or test config"
    repo = tmp_path / "repo"
    shutil.copytree(task_dir / "repo", repo)
    (tmp_path / "p.diff").write_text(patch)
    for cmd in (["git", "apply", "--check", "../p.diff"],
                ["patch", "-p1", "--dry-run", "--batch", "-i", "../p.diff"]):
        done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_loaded_by_path_too() -> None:
    bench = load_benchmark(str(BUNDLED_DIR / "pytasks"))
    assert bench.name == "pytasks" and len(bench.ids) == len(TASK_DIRS)
