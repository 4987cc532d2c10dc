"""An agent's parts by path: labels of git diffs (hand-made and from real git), one part's
sections of a diff, the task part's digest and a copy without the meta part."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from archive_helpers import write_tree

from agents_archive.parts import (
    copy_task_part,
    only_part,
    part_of,
    parts_label,
    parts_of,
    task_digest,
)

BASE = {
    "coding_agent.py": "print('task')\n",
    "tools/bash.py": "SCHEMA = {}\n",
    "tools/meta/helper.py": "x = 1\n",  # a task file: only the top-level meta/ is the meta part
    "meta_agent.py": "print('meta')\n",
    "meta/diagnose.py": "y = 2\n",
    "meta/notes.txt": "first\n",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding BASE, committed."""
    root = write_tree(tmp_path / "repo", BASE)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    return root


def diff(repo: Path) -> str:
    """The repo's change against its commit, as the harness takes it (renames found)."""
    git(repo, "add", "-A")
    return git(repo, "diff", "--cached", "--binary", "-M", "HEAD")


def section(path: str, body: str = "@@ -1 +1 @@\n-a\n+b\n") -> str:
    return f"diff --git a/{path} b/{path}\nindex 1111111..2222222 100644\n--- a/{path}\n" \
           f"+++ b/{path}\n{body}"


@pytest.mark.parametrize(("path", "part"), [
    ("meta_agent.py", "meta"), ("meta/diagnose.py", "meta"), ("meta/sub/memory.jsonl", "meta"),
    ("./meta/x.py", "meta"), ("coding_agent.py", "task"), ("tools/meta/helper.py", "task"),
    ("metadata.py", "task"), ("meta_agent.py.bak", "task"), ("meta", "task"),
    ("README.md", "task")])
def test_part_of_a_path(path, part):
    assert part_of(path) == part


@pytest.mark.parametrize(("patch", "parts", "label"), [
    ("", (), "none"),
    ("some text that is no diff\n", (), "none"),
    (section("coding_agent.py"), ("task",), "task"),
    (section("meta/diagnose.py"), ("meta",), "meta"),
    (section("meta/diagnose.py") + section("tools/bash.py"), ("task", "meta"), "both"),
    (section("meta_agent.py") + section("meta/notes.txt"), ("meta",), "meta"),
    # A hunk line that reads like a header is content, not a section.
    (section("tools/bash.py", "@@ -1 +1,2 @@\n a\n+diff --git a/meta_agent.py b/meta_agent.py\n"),
     ("task",), "task"),
    ('diff --git "a/meta/caf\\303\\251.txt" "b/meta/caf\\303\\251.txt"\nnew file mode 100644\n',
     ("meta",), "meta"),
    ("diff --git a/meta/two words.txt b/meta/two words.txt\ndeleted file mode 100644\n",
     ("meta",), "meta"),
    ("diff --git a/meta/x.py b/tools/x.py\nsimilarity index 100%\nrename from meta/x.py\n"
     "rename to tools/x.py\n", ("task", "meta"), "both"),
    ('diff --git "a/meta/\\303\\251.py" "b/\\303\\251.py"\nsimilarity index 100%\n'
     'rename from "meta/\\303\\251.py"\nrename to "\\303\\251.py"\n', ("task", "meta"), "both"),
])
def test_labels_of_hand_made_diffs(patch, parts, label):
    assert parts_of(patch) == parts
    assert parts_label(parts_of(patch)) == label


def test_labels_of_git_diffs_with_renames_spaces_and_quoted_names(repo):
    (repo / "meta" / "notes.txt").write_text("first\nsecond\n")
    (repo / "meta" / "naïve notes.md").write_text("quoted by git\n")
    assert parts_of(diff(repo)) == ("meta",)
    assert '"b/meta/na\\303\\257ve notes.md"' in diff(repo)  # git quoted it: the reader did too
    (repo / "tools" / "my tool.py").write_text("z = 3\n")
    assert parts_label(parts_of(diff(repo))) == "both"

    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "more")
    os.rename(repo / "meta" / "diagnose.py", repo / "tools" / "diagnose.py")
    patch = diff(repo)
    assert "rename from meta/diagnose.py" in patch and parts_of(patch) == ("task", "meta")
    git(repo, "reset", "-q", "--hard")
    os.rename(repo / "tools" / "my tool.py", repo / "tools" / "your tool.py")
    patch = diff(repo)
    assert "rename from tools/my tool.py" in patch and parts_of(patch) == ("task",)


def test_only_part_keeps_the_sections_of_one_part(repo, tmp_path):
    (repo / "coding_agent.py").write_text("print('task, better')\n")
    (repo / "meta_agent.py").write_text("print('meta, better')\n")
    (repo / "meta" / "memory.bin").write_bytes(bytes(range(256)))  # a binary section
    (repo / "tools" / "new.py").write_text("NEW = 1\n")
    patch = diff(repo)
    task, meta = only_part(patch, "task"), only_part(patch, "meta")
    assert parts_of(task) == ("task",) and parts_of(meta) == ("meta",)
    assert sorted(task.split("diff --git")[1:] + meta.split("diff --git")[1:]) == \
        sorted(patch.split("diff --git")[1:])
    assert only_part("", "task") == "" and only_part("preamble\n" + task, "task") == task

    git(repo, "reset", "-q", "--hard")  # the base again; apply the task part alone
    git(repo, "clean", "-qfd")
    (tmp_path / "task.patch").write_text(task)
    git(repo, "apply", "--binary", str(tmp_path / "task.patch"))
    assert (repo / "coding_agent.py").read_text() == "print('task, better')\n"
    assert (repo / "tools" / "new.py").exists()
    assert (repo / "meta_agent.py").read_text() == BASE["meta_agent.py"]
    assert not (repo / "meta" / "memory.bin").exists()


def test_a_rename_across_the_parts_belongs_to_neither(repo):
    os.rename(repo / "meta" / "diagnose.py", repo / "tools" / "diagnose.py")
    (repo / "coding_agent.py").write_text("changed\n")
    patch = diff(repo)
    assert parts_of(only_part(patch, "task")) == ("task",)
    assert "rename" not in only_part(patch, "task") and only_part(patch, "meta") == ""


def spec_digest(files: dict[str, bytes]) -> str:
    """The digest as the design defines it, computed here independently."""
    lines = sorted(f"{p}\0{hashlib.sha256(c).hexdigest()}\n" for p, c in files.items())
    return hashlib.sha256("".join(lines).encode()).hexdigest()[:16]


def test_task_digest_is_the_specified_hash_of_task_files(tmp_path):
    agent = write_tree(tmp_path / "a", BASE)
    task_files = {p: BASE[p].encode() for p in BASE if part_of(p) == "task"}
    assert task_digest(agent) == spec_digest(task_files)
    assert len(task_digest(agent)) == 16


def test_task_digest_ignores_caches_git_and_the_meta_part(tmp_path, repo):
    plain = write_tree(tmp_path / "plain", {p: t for p, t in BASE.items() if part_of(p) == "task"})
    noisy = repo  # the same task files, plus the meta part and .git
    for extra in ("__pycache__/coding_agent.cpython-311.pyc", "tools/__pycache__/bash.pyc",
                  "tools/old.pyo", ".pytest_cache/v/cache/lastfailed", "meta/memory.jsonl"):
        (noisy / extra).parent.mkdir(parents=True, exist_ok=True)
        (noisy / extra).write_bytes(b"\x00noise")
    (noisy / "meta_agent.py").write_text("print('another meta agent')\n")
    assert task_digest(noisy) == task_digest(plain)


def test_task_digest_changes_with_any_task_file(tmp_path):
    base = task_digest(write_tree(tmp_path / "base", BASE))
    edits = [{"tools/bash.py": "SCHEMA = {1: 1}\n"}, {"tools/new.py": ""},
             {"tools/meta/helper.py": "x = 2\n"}, {"metadata.py": "m = 1\n"}]
    digests = [task_digest(write_tree(tmp_path / f"e{i}", {**BASE, **edit}))
               for i, edit in enumerate(edits)]
    assert base not in digests and len(set(digests)) == len(edits)
    moved = {**{p: t for p, t in BASE.items() if p != "tools/bash.py"},
             "tools/sh.py": "SCHEMA = {}\n"}
    assert task_digest(write_tree(tmp_path / "moved", moved)) != base  # the path counts


def test_copy_task_part_leaves_out_the_meta_part_and_git(repo, tmp_path):
    (repo / "tools" / "link.py").symlink_to("bash.py")
    copy = copy_task_part(repo, tmp_path / "copy")
    files = sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if not p.is_dir())
    assert files == ["coding_agent.py", "tools/bash.py", "tools/link.py", "tools/meta/helper.py"]
    assert (copy / "tools" / "link.py").is_symlink()
    assert os.readlink(copy / "tools" / "link.py") == "bash.py"
    assert task_digest(copy) == task_digest(repo)
    with pytest.raises(FileExistsError):
        copy_task_part(repo, copy)  # dest must be new
