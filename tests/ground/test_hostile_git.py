"""Host git is hermetic: a hostile user config and environment change nothing we compute.

The same work (the harness's base repo and diff, the archive's add, add_diff and diff, the
attempt's child from a patch) runs once in a clean environment and once with a HOME whose
git config sets an external diff tool, colour and a failing global hook, global ignore and
attributes files, and GIT_* variables aimed at a decoy repository.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from agents_archive import GitArchive
from dgm.evolution.attempt import Attempt, AttemptInputs, AttemptSpec
from evals.harness import diff_against_base, make_base_repo
from ground.git import Git, GitFailed, run_git

SOURCE = {"coding_agent.py": "print('seed')\n", "tools/edit.py": "def edit(p):\n    return p\n",
          "notes.log": "kept\n"}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(root).parts}


def work(tmp: Path) -> dict[str, object]:
    """Everything our host git computes in one pass, as plain values."""
    src = write(tmp / "src", SOURCE)
    base, after = tmp / "base", write(tmp / "after", {**SOURCE, "coding_agent.py": "print(1)\n",
                                                      "tools/new.py": "X = 1\n"})
    make_base_repo(src, base)
    patch = diff_against_base(base, after)
    archive = GitArchive.create(tmp / "run", src)
    changed = write(tmp / "changed", {**SOURCE, "tools/edit.py": "def edit(p):\n    return 0\n"})
    by_dir = archive.add("root", changed, {}).agent_id
    by_diff = archive.add_diff("root", patch, {}).agent_id
    spec = AttemptSpec("a1", generation=1, index=0, parent_id="root", seed=0)
    inputs = AttemptInputs(parent_dir=src, meta_agent_dir=src, parent_results=[],
                           instructions={})
    child = Attempt(spec, inputs, None, tmp / "attempt").materialize_child(patch)
    return {"patch": patch, "base_files": files(base), "root": archive.root_id, "by_dir": by_dir,
            "by_diff": by_diff, "diff": archive.diff(by_dir, by_diff), "child": files(child),
            "checkout": files(archive.materialize(by_diff, tmp / "checkout"))}


def hostile(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Point HOME and GIT_* at traps; returns (marker file, decoy repository)."""
    marker, home, decoy = tmp / "marker", tmp / "home", tmp / "decoy"
    tool = write(tmp / "bin", {"tool.sh": f"#!/bin/sh\necho \"$@\" >> {marker}\necho EXT\n"})
    (tool / "tool.sh").chmod(0o755)
    hooks = write(tmp / "hooks", {"pre-commit": f"#!/bin/sh\necho hook >> {marker}\nexit 1\n"})
    (hooks / "pre-commit").chmod(0o755)
    write(home, {".gitconfig": f"[diff]\n\texternal = {tool / 'tool.sh'}\n"
                               f"[color]\n\tui = always\n[core]\n\thooksPath = {hooks}\n"
                               "\tautocrlf = true\n[user]\n\tname = Mallory\n",
                 ".config/git/ignore": "*.log\n", ".config/git/attributes": "*.py -diff\n"})
    write(decoy, {"README": "decoy\n"})
    run_git("init", "-q", cwd=decoy)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_DIR", str(decoy / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(decoy))
    monkeypatch.setenv("GIT_EXTERNAL_DIFF", str(tool / "tool.sh"))
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'color.diff'='always'")
    return marker, decoy


def test_a_hostile_user_config_and_environment_change_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "empty-home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty-home"))
    clean = work(tmp_path / "clean")
    marker, decoy = hostile(tmp_path, monkeypatch)
    assert work(tmp_path / "hostile") == clean
    assert "+print(1)" in str(clean["patch"]) and "\x1b[" not in str(clean["patch"])
    assert not marker.exists(), marker.read_text()
    assert files(decoy) == {"README": "decoy\n"}
    assert Git(decoy / ".git").rev("HEAD") is None  # nothing was committed in the decoy


def test_a_failed_command_carries_stderr_and_crosses_processes(tmp_path: Path) -> None:
    (tmp_path / "nothing.git").mkdir()
    with pytest.raises(GitFailed) as caught:
        Git(tmp_path / "nothing.git").run("rev-parse", "HEAD")
    err = caught.value
    assert err.command == ["rev-parse", "HEAD"] and "not a git repository" in err.stderr
    again = pickle.loads(pickle.dumps(err))
    assert (again.command, again.stderr, str(again)) == (err.command, err.stderr, str(err))
