"""The generated toyworld benchmark: it loads like any bundled benchmark, regenerates byte for
byte, each task really has the features its task.toml claims, and its tests behave (hidden
tests fail before the reference patch and pass after it; visible tests pass, except one known
unrelated failure where the task says so). Tasks run on the host: this is our own generated
code, not model-written."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from dgm.toy.world import FEATURES, WORLD, unknown_features
from evals import Benchmark, load_benchmark
from evals.registry import BUNDLED_DIR
from evals.results import FAILED, PASSED, parse_report_lines

ROOT = Path(__file__).resolve().parents[2]
TOYWORLD = BUNDLED_DIR / "toyworld"
TASK_DIRS = sorted(p for p in (TOYWORLD / "tasks").iterdir() if p.is_dir())
SHARES = {"big_module": 0.25, "noisy_tests": 0.25, "slow_tests": 0.20,
          "preexisting_failure": 0.15, "duplicate_snippet": 0.15, "large_patch": 0.10,
          "stdout_checked": 0.10, "confusing_output": 0.10, "visible_tests_silent": 0.20,
          "multi_file": 0.20}  # the table of WORLD_DESIGN.md A.5
TOLERANCE = 0.05
SIM_MARK = "[sim-seconds: 90]"


@pytest.fixture(scope="module")
def toyworld() -> Benchmark:
    """The generated benchmark, through the normal loader (by its bundled name)."""
    return load_benchmark("toyworld")


def spec(task_dir: Path) -> dict[str, object]:
    """A task's task.toml."""
    return tomllib.loads((task_dir / "task.toml").read_text())


def features(task_dir: Path) -> set[str]:
    """The features a task.toml claims."""
    toy = spec(task_dir).get("toy", {})
    return set(toy.get("features", [])) if isinstance(toy, dict) else set()


# ---- the benchmark as a whole -----------------------------------------------------------------


def test_loads_by_name_and_by_path_alike(toyworld: Benchmark) -> None:
    by_path = load_benchmark(str(TOYWORLD))
    assert by_path.ids == toyworld.ids and by_path.split("small") == toyworld.split("small")


def test_loads_with_three_splits_of_the_planned_sizes(toyworld: Benchmark) -> None:
    assert toyworld.name == "toyworld" and len(toyworld.ids) == 60 == len(TASK_DIRS)
    small, medium, heldout = (toyworld.split(s) for s in ("small", "medium", "heldout"))
    assert len(medium) == 40 and small == medium[:10] and len(heldout) == 20
    assert not set(medium) & set(heldout) and sorted(toyworld.split("full")) == sorted(medium)
    tasks = [toyworld.task(i) for i in toyworld.ids]
    assert Counter(t.kind for t in tasks) == {"bugfix": 30, "feature": 18, "refactor": 12}
    assert Counter(t.difficulty for t in tasks) == {1: 24, 2: 21, 3: 15}
    assert {toyworld.task(i).kind for i in small} == {"bugfix", "feature", "refactor"}
    assert all(t.hidden_tests_dir and t.solution_patch for t in tasks)
    assert all(t.protected_paths == ["tests/**"] and t.hidden_tests_target == "tests/hidden"
               for t in tasks)


def test_regenerating_gives_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "toyworld"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_toyworld.py"),
                           "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    committed = {p.relative_to(TOYWORLD): p.read_bytes() for p in TOYWORLD.rglob("*")
                 if p.is_file()}
    fresh = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert sorted(committed) == sorted(fresh)
    assert [k for k in committed if committed[k] != fresh[k]] == []


def test_feature_shares_follow_the_design(toyworld: Benchmark) -> None:
    tasks = [toyworld.task(i) for i in toyworld.ids]
    assert all(not unknown_features(t.features) for t in tasks)
    assert set(SHARES) == set(FEATURES)
    for feature, share in SHARES.items():
        got = sum(feature in t.features for t in tasks) / len(tasks)
        assert abs(got - share) <= TOLERANCE, (feature, got)
    refactors = [t for t in tasks if t.kind == "refactor"]
    slow = sum("slow_tests" in t.features for t in refactors) / len(refactors)
    assert abs(slow - 0.60) <= TOLERANCE
    only = {"large_patch": "refactor", "stdout_checked": "feature"}
    assert all(t.kind == only[f] for t in tasks for f in t.features if f in only)


# ---- each feature, on the files ----------------------------------------------------------------


@dataclass
class FilePatch:
    """What the reference patch does to one file: removed line numbers and removed blocks."""

    path: str
    removed: list[int]
    blocks: list[str]


def read_patch(text: str) -> list[FilePatch]:
    """The files a unified diff changes: the (old) numbers of its removed lines, and each run of
    removed lines as one block of text."""
    files: list[FilePatch] = []
    old, previous = 0, ""
    for line in text.splitlines(keepends=True):
        if line.startswith("diff --git a/"):
            files.append(FilePatch(line.split()[2][2:], [], []))
        elif line.startswith("@@ "):
            old = int(re.match(r"@@ -(\d+)", line)[1])  # type: ignore[index]
        elif line.startswith(("---", "+++")):
            pass
        elif line.startswith("-"):
            if not previous.startswith("-"):
                files[-1].blocks.append("")  # a run of removed lines starts
            files[-1].removed.append(old)
            files[-1].blocks[-1] += line[1:]
            old += 1
        elif line.startswith(" "):
            old += 1
        previous = line
    return files


def patched_functions(source: str, removed: list[int]) -> set[str]:
    """The names of the functions the removed lines belong to (the nearest def above)."""
    lines = source.splitlines()
    names = set()
    for number in removed:
        for line in reversed(lines[:number]):
            found = re.match(r"def (\w+)\(", line)
            if found:
                names.add(found[1])
                break
    return names


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_each_feature_is_in_the_files(task_dir: Path) -> None:
    claimed, repo = features(task_dir), task_dir / "repo"
    patch = (task_dir / "solution.patch").read_text()
    files = read_patch(patch)
    assert (len(patch) > WORLD.sizes.large_patch_chars) == ("large_patch" in claimed)
    assert (2 <= len(files) <= 3) if "multi_file" in claimed else len(files) == 1
    for changed in files:
        source = (repo / changed.path).read_text()
        assert changed.blocks, "the patch removes lines in every file it changes"
        least = 2 if "duplicate_snippet" in claimed else 1
        assert all(source.count(b) >= least for b in changed.blocks)
        if "duplicate_snippet" not in claimed:
            assert all(source.count(b) == 1 for b in changed.blocks)
    check_big_module(repo, files[0], "big_module" in claimed)
    check_visible_tests(repo, files, "visible_tests_silent" in claimed)
    conftest = repo / "tests" / "conftest.py"
    marked = [p for p in repo.rglob("*.py") if "[sim-seconds" in p.read_text()]
    assert marked == ([conftest] if "slow_tests" in claimed else [])
    assert ("log_lines" in conftest.read_text() if conftest.exists() else False) \
        == ("noisy_tests" in claimed)
    hidden = (task_dir / "tests" / "test_hidden.py").read_text()
    assert ('capsys.readouterr().out == ""' in hidden) == ("stdout_checked" in claimed)
    assert ("fail_to_pass" in spec(task_dir)) == ("preexisting_failure" in claimed)
    check_confusing_output(repo, "confusing_output" in claimed)


def check_big_module(repo: Path, main: FilePatch, big: bool) -> None:
    """A big module is 600-1200 lines with every removed line in its middle third."""
    count = len((repo / main.path).read_text().splitlines())
    low, high = WORLD.sizes.big_module_lines
    if not big:
        assert count < low
        return
    assert low <= count <= high
    assert all(count / 3 < n <= 2 * count / 3 for n in main.removed), (count, main.removed)


def check_visible_tests(repo: Path, files: list[FilePatch], silent: bool) -> None:
    """Visible tests call a patched function, unless they are silent about it."""
    visible = "".join(p.read_text() for p in (repo / "tests").glob("test_*.py"))
    names = set().union(*(patched_functions((repo / f.path).read_text(), f.removed)
                          for f in files))
    assert names
    mentioned = {n for n in names if re.search(rf"\b{n}\(", visible)}
    assert (mentioned == set()) if silent else mentioned


def check_confusing_output(repo: Path, confusing: bool) -> None:
    """The debug helper prints the same line for different results."""
    helpers = list(repo.glob("*/debug.py"))
    if not confusing:
        assert helpers == []
        return
    pkg = helpers[0].parent.name
    done = subprocess.run([sys.executable, "-c", f"from {pkg}.debug import show\n"
                           "show(1)\nshow(2)\nshow('a')\nshow('b')"],
                          cwd=repo, capture_output=True, text=True, check=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
    lines = done.stdout.splitlines()
    assert len(lines) == 4 and lines[0] == lines[1] and lines[2] == lines[3]


# ---- the tests of each task, before and after the reference patch -----------------------------


def start_tests(repo: Path) -> subprocess.Popen[str]:
    """The task's tests starting in `repo` (entry-point plugins off: a quarter second a run)."""
    return subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
                             "tests"], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1",
                                            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})


def task_copy(task_dir: Path, where: Path, patched: bool) -> Path:
    """The task's repo with its hidden tests installed, and the reference patch if `patched`."""
    repo = where / "repo"
    shutil.copytree(task_dir / "repo", repo)
    shutil.copytree(task_dir / "tests", repo / "tests" / "hidden")
    if patched:
        subprocess.run(["git", "apply", str(task_dir / "solution.patch")], cwd=repo, check=True)
    return repo


def check_task_runs(task_dir: Path, tmp_path: Path) -> None:
    """Hidden tests fail before and pass after the patch; visible ones pass except the known
    failure; noisy and slow tests print what they claim. Both states run at once."""
    claimed, toml = features(task_dir), spec(task_dir)
    runs = [start_tests(task_copy(task_dir, tmp_path / state, state == "after"))
            for state in ("before", "after")]
    output, _ = runs[0].communicate(timeout=120)
    after = parse_report_lines(runs[1].communicate(timeout=120)[0])
    before = parse_report_lines(output)
    check_output(output, claimed)
    hidden = [t for t in before if t.startswith("tests/hidden/")]
    visible = [t for t in before if t not in hidden]
    assert hidden and visible and sorted(after) == sorted(before)
    assert any(before[t] != PASSED for t in hidden) and all(after[t] == PASSED for t in hidden)
    failing = [t for t in visible if before[t] != PASSED]
    assert failing == [t for t in visible if after[t] != PASSED]
    if "preexisting_failure" in claimed:
        assert len(failing) == 1 and before[failing[0]] == FAILED
        assert sorted(toml["fail_to_pass"]) == sorted(hidden)  # type: ignore[arg-type]
        assert sorted(toml["pass_to_pass"]) == sorted(set(visible) - set(failing))  # type: ignore[arg-type]
    else:
        assert failing == []


def check_output(output: str, claimed: set[str]) -> None:
    """~400 lines of noise around the failure details when noisy; the mark when slow."""
    assert (SIM_MARK in output) == ("slow_tests" in claimed)
    lines = output.splitlines()
    if "noisy_tests" not in claimed:
        assert len([x for x in lines if ".worker[" in x]) == 0
        return
    noise = [i for i, x in enumerate(lines) if ".worker[" in x]
    assert len(noise) >= 380
    failures = next(i for i, x in enumerate(lines) if "FAILURES" in x)
    assert noise[0] < failures < noise[-1]


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_tests_fail_before_and_pass_after_the_patch(task_dir: Path, tmp_path: Path) -> None:
    check_task_runs(task_dir, tmp_path)
