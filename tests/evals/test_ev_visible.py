"""The allow-list of what reaches the agent, and exact diffs of upstream files (no sandbox)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from ev_fixtures import write_polyglot

from evals import load_benchmark
from evals.harness import make_base_repo
from evals.materialize import file_diff
from evals.taskdir import load_task_dir
from evals.workspace import copy_visible, visible_files


def make_tree(root: Path) -> Path:
    """A repo-like tree with a git dir, nested files, a dot-folder and symlinks."""
    for rel in ("a.py", "pkg/b.py", "pkg/sub/c.txt", ".approaches/x.md", ".git/config",
                "tests/test_a.py"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel)
    os.symlink("a.py", root / "link.py")
    os.symlink("pkg", root / "pkglink")
    return root


@pytest.mark.parametrize("patterns, expected", [
    (["**"], [".approaches/x.md", "a.py", "link.py", "pkg/b.py", "pkg/sub/c.txt", "pkglink",
              "tests/test_a.py"]),
    (["a.py", "tests/**"], ["a.py", "tests/test_a.py"]),
    (["pkg/*"], ["pkg/b.py"]),
    (["**/*.py"], ["a.py", "link.py", "pkg/b.py", "tests/test_a.py"]),
    ([], []),
])
def test_visible_files_is_an_allow_list(tmp_path: Path, patterns: list[str],
                                        expected: list[str]) -> None:
    assert visible_files(make_tree(tmp_path / "repo"), patterns) == expected


def test_copy_visible_keeps_bytes_modes_and_links(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "repo")
    (root / "run.sh").write_bytes(b"#!/bin/sh\r\necho hi")
    (root / "run.sh").chmod(0o755)
    copied = copy_visible(root, tmp_path / "out", ["run.sh", "link.py", "pkglink"])
    assert copied == ["link.py", "pkglink", "run.sh"]
    out = tmp_path / "out"
    assert (out / "run.sh").read_bytes() == b"#!/bin/sh\r\necho hi"
    assert os.access(out / "run.sh", os.X_OK)
    assert os.readlink(out / "link.py") == "a.py" and os.readlink(out / "pkglink") == "pkg"
    assert sorted(p.name for p in out.iterdir()) == ["link.py", "pkglink", "run.sh"]


def test_the_agents_base_repo_holds_only_the_allow_list(tmp_path: Path) -> None:
    root = write_polyglot(tmp_path / "polyglot")
    (root / "python/exercises/practice/leap/.approaches").mkdir()
    (root / "python/exercises/practice/leap/.approaches/introduction.md").write_text("solved")
    task = load_benchmark(f"polyglot:{root}", cache_dir=tmp_path / "cache").task("python__leap")
    base = tmp_path / "base"
    make_base_repo(task.repo_dir, base, task.visible_paths)
    tracked = subprocess.run(["git", "-C", str(base), "ls-files"], capture_output=True,
                             text=True, check=True).stdout.split()
    assert tracked == ["leap.py", "tests/test_imports.py"]


def test_a_native_task_may_narrow_what_the_agent_sees(tmp_path: Path) -> None:
    task_dir = tmp_path / "t1"
    (task_dir / "repo" / "src").mkdir(parents=True)
    (task_dir / "repo" / "src" / "m.py").write_text("x = 1\n")
    (task_dir / "repo" / "notes.md").write_text("internal\n")
    (task_dir / "instructions.md").write_text("fix it\n")
    (task_dir / "task.toml").write_text('id = "t1"\n')
    assert load_task_dir(task_dir, "b").visible_paths == ["**"]
    (task_dir / "task.toml").write_text('id = "t1"\nvisible_paths = ["src/**"]\n')
    task = load_task_dir(task_dir, "b")
    assert visible_files(task.repo_dir, task.visible_paths) == ["src/m.py"]


@pytest.mark.parametrize("old, new", [
    ("a\nb", "a\nc\n"),  # the old file ends without a newline
    ("a\nb\n", "a\nb"),  # the new one does
    ("x\r\ny\rz\x0cw\n", "x\r\ny\rZ\x0cw\n"),  # only \n ends a line
    (None, "new\n  "),
    (None, ""),  # an empty new file
])
def test_file_diff_is_exact(tmp_path: Path, old: str | None, new: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    if old is not None:
        (repo / "f.py").write_bytes(old.encode())
    patch = file_diff("f.py", old, new)
    done = subprocess.run(["git", "apply", "--whitespace=nowarn", "-"], cwd=repo,
                          input=patch.encode(), capture_output=True)
    assert done.returncode == 0, done.stderr
    assert (repo / "f.py").read_bytes() == new.encode()
