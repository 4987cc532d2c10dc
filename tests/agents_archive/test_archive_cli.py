"""The archive commands, end to end through `python -m dgm`, including every user error."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from archive_helpers import snapshot, variant, write_tree

from agents_archive import GitArchive


def dgm(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True)


def digest(root: Path) -> str:
    """A fingerprint of every path and byte under root."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        h.update(str(path.relative_to(root)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def assert_user_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    """Exit 2, one line on stderr saying what and how to fix it, no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dgm: error: "), result.stderr
    assert words in lines[0] and "; " in lines[0], lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.fixture
def run_dir(tmp_path: Path, seed_dir: Path) -> Path:
    result = dgm("archive", "init", tmp_path / "run", "--seed", seed_dir)
    assert result.returncode == 0, result.stderr
    return tmp_path / "run"


def test_init_tree_show_log_diff_checkout(run_dir: Path, tmp_path: Path) -> None:
    archive = GitArchive.open(run_dir)
    child = archive.add("root", variant(archive, "root", tmp_path / "c", {"x.py": "1\n"}),
                       {"summary": "add x", "score": 0.5}).agent_id
    tree = dgm("tree", run_dir).stdout.splitlines()
    assert tree[0].startswith(archive.root_id) and "seed agent" in tree[0]
    assert tree[1].startswith("└── " + child) and "add x" in tree[1]
    shown = json.loads(dgm("show", run_dir, child[:6], "--json").stdout)
    assert (shown["id"], shown["parent"], shown["score"]) == (child, archive.root_id, 0.5)
    assert f"children:   {child}" in dgm("show", run_dir, "root").stdout
    log = dgm("log", run_dir / "archive.git", child).stdout.splitlines()
    assert [line.split()[0] for line in log] == [child, archive.root_id]
    assert "+1" in dgm("diff", run_dir, "root", child).stdout
    assert dgm("checkout", run_dir, child, tmp_path / "out").returncode == 0
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "c")


def test_not_an_archive(tmp_path: Path) -> None:
    plain = write_tree(tmp_path / "plain", {"f": "1"})
    before = digest(plain)
    assert_user_error(dgm("tree", plain), "not an agent archive")
    assert_user_error(dgm("show", tmp_path / "missing", "abc"), "no run or archive")
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    assert_user_error(dgm("log", tmp_path / "repo", "abc"), "not an agent archive")
    assert digest(plain) == before and not (tmp_path / "missing").exists()


def test_unknown_and_ambiguous_ids(run_dir: Path, tmp_path: Path) -> None:
    archive = GitArchive.open(run_dir)
    ids = [archive.root_id] + [
        archive.add("root", variant(archive, "root", tmp_path / f"v{i}", {"n": str(i)}),
                    {}).agent_id for i in range(17)]
    before = digest(run_dir)
    shared = next(d for d in "0123456789abcdef" if sum(i.startswith(d) for i in ids) > 1)
    assert_user_error(dgm("show", run_dir, shared), "ambiguous")
    unknown = next(f"{n:04x}" for n in range(65536) if not any(i.startswith(f"{n:04x}")
                                                               for i in ids))
    assert_user_error(dgm("show", run_dir, unknown), "unknown agent")
    assert_user_error(dgm("diff", run_dir, "root", unknown), "unknown agent")
    assert_user_error(dgm("checkout", run_dir, unknown, tmp_path / "out"), "unknown agent")
    assert digest(run_dir) == before and not (tmp_path / "out").exists()


def test_checkout_into_a_non_empty_destination(run_dir: Path, tmp_path: Path) -> None:
    dest = write_tree(tmp_path / "dest", {"mine.txt": "keep"})
    before = digest(run_dir)
    assert_user_error(dgm("checkout", run_dir, "root", dest), "not empty")
    assert snapshot(dest) == {"mine.txt": "keep"} and digest(run_dir) == before


def test_init_with_a_seed_that_is_not_a_directory(tmp_path: Path) -> None:
    seed_file = write_tree(tmp_path / "s", {"seed.py": "x"}) / "seed.py"
    assert_user_error(dgm("archive", "init", tmp_path / "new", "--seed", seed_file),
                      "not a directory")
    assert_user_error(dgm("archive", "init", tmp_path / "new", "--seed", tmp_path / "nope"),
                      "not a directory")
    assert not (tmp_path / "new").exists()


def test_init_into_a_non_empty_directory(tmp_path: Path, seed_dir: Path) -> None:
    taken = write_tree(tmp_path / "taken", {"notes.txt": "mine"})
    assert_user_error(dgm("archive", "init", taken, "--seed", seed_dir), "not empty")
    assert snapshot(taken) == {"notes.txt": "mine"}
