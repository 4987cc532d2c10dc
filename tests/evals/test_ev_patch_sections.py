"""Patches never lose a section: git and plain sections in any mix are split, kept or listed.

The sections are made by host git from a real change set; a plain section is git's with its
`diff --git` header lines removed, as hand-written and model-written patches often are.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evals.patches import GRADER_PROTECTED, filter_patch, split_patch

BEFORE = {
    "pkg/mod.py": "a = 1\nb = 2\n",
    "gone.py": "old = 1\n",
    "notes.txt": "no final newline",
    "dashes.txt": "-- a\nkeep\n",
    "ren.py": "r = 1\ns = 2\nt = 3\nu = 4\n",
    "conftest.py": "x = 1\n",
    "img.bin": "\0\1\2 binary",
}
AFTER = {
    "pkg/mod.py": "a = 1\nb = 3\n",
    "pkg/new.py": "n = 1\n",
    "notes.txt": "still no final newline",
    "dashes.txt": "++ b\nkeep\n",
    "moved.py": "r = 1\ns = 2\nt = 3\nu = 5\n",
    "conftest.py": "x = 2\n",
    "img.bin": "\0\1\3 binary",
}
# Files whose changes both styles can express (a rename and a binary need git's header).
PLAIN_OK = ["pkg/mod.py", "pkg/new.py", "gone.py", "notes.txt", "dashes.txt", "conftest.py"]
GIT_ONLY = {"moved.py": ["ren.py", "moved.py"], "img.bin": ["img.bin"]}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout


def write_tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(text.encode())


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("sections") / "repo"
    write_tree(repo, BEFORE)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    return repo


@pytest.fixture(scope="module")
def git_sections(base: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One git-style section per changed file, keyed by the file's new (or only) name."""
    work = tmp_path_factory.mktemp("sections") / "work"
    shutil.copytree(base, work)
    for rel in BEFORE:
        if rel not in AFTER:
            (work / rel).unlink()
    write_tree(work, AFTER)
    git(work, "add", "-A")
    names = git(work, "diff", "--cached", "-M", "--name-only", "HEAD").split()
    return {name: git(work, "diff", "--cached", "-M", "--binary", "HEAD", "--", *(
        GIT_ONLY.get(name, [name]))) for name in names}


def plain(section: str) -> str:
    """A git section as a plain unified diff: from its `---` line on."""
    return section[section.index("\n--- ") + 1:]


def build(sections: dict[str, str], styles: str) -> tuple[str, list[str]]:
    """A patch of every section, plain where `styles` (cycled) says "p"; and the order."""
    order = [*PLAIN_OK, *GIT_ONLY]
    parts = [plain(sections[name]) if styles[i % len(styles)] == "p" and name in PLAIN_OK
             else sections[name] for i, name in enumerate(order)]
    return "".join(parts), order


STYLES = ["g", "p", "pg", "gp", "ppg", "gpp"]


@pytest.mark.parametrize("styles", STYLES)
def test_every_section_is_split_out(git_sections: dict[str, str], styles: str) -> None:
    patch, order = build(git_sections, styles)
    sections = split_patch(patch)
    assert "".join(s.text for s in sections) == patch
    assert [s.paths for s in sections] == [GIT_ONLY.get(name, [name]) for name in order]
    assert [s.binary for s in sections] == [name == "img.bin" for name in order]


@pytest.mark.parametrize("styles", STYLES)
def test_every_section_is_kept_or_listed(git_sections: dict[str, str], styles: str) -> None:
    patch, _ = build(git_sections, styles)
    filtered = filter_patch(patch, GRADER_PROTECTED)
    assert filtered.dropped_paths == ["conftest.py", "img.bin"]
    assert filtered.kept_paths == ["pkg/mod.py", "pkg/new.py", "gone.py", "notes.txt",
                                   "dashes.txt", "ren.py", "moved.py"]
    assert filtered.sections == 8


@pytest.mark.parametrize("styles", STYLES)
@pytest.mark.parametrize("tool", ["git apply", "patch -p1"])
def test_the_kept_sections_apply_completely(git_sections: dict[str, str], base: Path,
                                            tmp_path: Path, styles: str, tool: str) -> None:
    patch, _ = build(git_sections, styles)
    kept = filter_patch(patch, ["conftest.py"]).text
    repo = tmp_path / "repo"
    shutil.copytree(base, repo)
    command = ["git", "apply", "-"] if tool == "git apply" else ["patch", "-p1", "--batch"]
    subprocess.run(command, cwd=repo, input=kept.encode(), check=True, capture_output=True)
    # Everything but the protected conftest.py and the binary file (always dropped) is applied.
    expected = {**AFTER, "conftest.py": BEFORE["conftest.py"], "img.bin": BEFORE["img.bin"]}
    files = {p.relative_to(repo).as_posix(): p.read_bytes().decode()
             for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert files == expected


def test_diff_r_binary_line_between_plain_sections_is_its_own_section() -> None:
    patch = ("--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-a\n+b\n"
             "Binary files a/pic.png and b/pic.png differ\n"
             "--- a/y.py\n+++ b/y.py\n@@ -1 +1 @@\n-c\n+d\n")
    filtered = filter_patch(patch, GRADER_PROTECTED)
    assert [s.paths for s in split_patch(patch)] == [["x.py"], ["pic.png"], ["y.py"]]
    assert filtered.kept_paths == ["x.py", "y.py"] and filtered.dropped_paths == ["pic.png"]


def test_no_newline_markers_stay_with_their_section() -> None:
    patch = ("--- a/n.txt\n+++ b/n.txt\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n"
             "\\ No newline at end of file\n"
             "diff --git a/m.txt b/m.txt\n--- a/m.txt\n+++ b/m.txt\n@@ -1 +1 @@\n-c\n+d\n")
    sections = split_patch(patch)
    assert [s.paths for s in sections] == [["n.txt"], ["m.txt"]]
    assert sections[0].text.endswith("+b\n\\ No newline at end of file\n")


def test_a_hunk_line_like_a_header_pair_stays_in_its_hunk() -> None:
    patch = ("diff --git a/q.sql b/q.sql\n--- a/q.sql\n+++ b/q.sql\n@@ -1,2 +1,2 @@\n"
             "--- a/old comment\n+++ b/new comment\n x\n"
             "--- a/r.sql\n+++ b/r.sql\n@@ -1 +1 @@\n-y\n+z\n")
    assert len(split_patch(patch)) == 2
    assert split_patch(patch)[1].paths == ["r.sql"]


def test_rename_header_with_a_plain_section_after_it() -> None:
    patch = ("diff --git a/old.py b/new.py\nsimilarity index 100%\nrename from old.py\n"
             "rename to new.py\n--- a/other.py\n+++ b/other.py\n@@ -1 +1 @@\n-a\n+b\n")
    assert [s.paths for s in split_patch(patch)] == [["old.py", "new.py"], ["other.py"]]


def test_text_before_the_first_section_is_not_a_section() -> None:
    patch = "Subject: fix\n\nsome words\n---\n x | 2 +-\n\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n"
    assert [s.paths for s in split_patch(patch)] == [["x"]]
