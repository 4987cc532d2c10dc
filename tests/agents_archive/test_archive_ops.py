"""GitArchive operations on real bare repositories in tmp_path."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from archive_helpers import SEED_FILES, git, snapshot, variant, write_tree

from agents_archive import AddResult, ArchiveError, GitArchive

NEW_FILE_DIFF = """diff --git a/extra.txt b/extra.txt
new file mode 100644
--- /dev/null
+++ b/extra.txt
@@ -0,0 +1 @@
+extra
"""


def test_create_roots_the_archive_at_the_seed(archive: GitArchive, seed_dir: Path) -> None:
    root = archive.meta(archive.root_id)
    assert len(archive.root_id) == 12 and set(archive.root_id) <= set(string.hexdigits)
    assert (root.parent, root.generation, root.summary) == (None, 0, "seed agent")
    assert git(archive.path, "rev-parse", f"{root.commit}^{{tree}}").startswith(root.id)
    assert archive.path == seed_dir.parent / "run" / "archive.git"
    assert [r.id for r in archive.agents()] == [archive.root_id]


def test_add_from_a_directory_keeps_files_modes_and_lineage(archive: GitArchive,
                                                            tmp_path: Path) -> None:
    src = variant(archive, "root", tmp_path / "c1", {"tools/new.py": "x = 1\n"})
    added = archive.add(archive.root_id, src, {"summary": "add a tool", "score": 0.25})
    assert added.created
    record = archive.meta(added.agent_id)
    assert (record.parent, record.generation, record.score) == (archive.root_id, 1, 0.25)
    out = archive.materialize(added.agent_id, tmp_path / "out")
    assert snapshot(out) == snapshot(src)
    assert (out / "run.sh").stat().st_mode & 0o111
    assert git(archive.path, "log", "-1", "--format=%s", record.commit).strip() == "add a tool"


def test_caches_are_never_archived(archive: GitArchive, tmp_path: Path) -> None:
    src = variant(archive, "root", tmp_path / "c1", {"__pycache__/x.cpython-311.pyc": "junk",
                                                    "tools/__pycache__/y.pyc": "junk",
                                                    "ok.py": "pass\n"})
    added = archive.add(archive.root_id, src, {})
    files = snapshot(archive.materialize(added.agent_id, tmp_path / "out"))
    assert "ok.py" in files and not any("pycache" in f for f in files)


def test_caches_in_a_diff_are_dropped(archive: GitArchive, tmp_path: Path) -> None:
    patch = NEW_FILE_DIFF + NEW_FILE_DIFF.replace("extra.txt", "__pycache__/m.cpython-311.pyc")
    added = archive.add_diff("root", patch, {})
    files = snapshot(archive.materialize(added.agent_id, tmp_path / "out"))
    assert "extra.txt" in files and not any("pycache" in f for f in files)


def test_identical_tree_is_the_same_agent(archive: GitArchive, tmp_path: Path) -> None:
    src = variant(archive, "root", tmp_path / "c1", {"a.py": "1\n"})
    first = archive.add(archive.root_id, src, {"summary": "first"})
    again = archive.add(archive.root_id, src, {"summary": "second"})
    assert again == AddResult(first.agent_id, created=False)
    unchanged = variant(archive, "root", tmp_path / "c2", {})
    assert archive.add(first.agent_id, unchanged, {}) == AddResult(archive.root_id, False)
    assert archive.meta(first.agent_id).summary == "first"
    assert len(archive.agents()) == 2


def test_add_diff_matches_add_from_directory(archive: GitArchive, tmp_path: Path) -> None:
    src = variant(archive, "root", tmp_path / "c1", {"coding_agent.py": "print('v2')\n"})
    child = archive.add(archive.root_id, src, {}).agent_id
    patch = archive.diff("root", child)
    assert archive.add_diff(archive.root_id, patch, {}) == AddResult(child, created=False)
    new = archive.add_diff(child, patch.replace("v2", "v3").replace("seed agent", "v2"),
                           {"summary": "v3"})
    assert new.created
    files = snapshot(archive.materialize(new.agent_id, tmp_path / "out"))
    assert files["coding_agent.py"] == "print('v3')\n"
    assert archive.meta(new.agent_id).generation == 2


def test_a_diff_that_does_not_apply_changes_nothing(archive: GitArchive) -> None:
    before = git(archive.path, "for-each-ref")
    bad = "--- a/nope.py\n+++ b/nope.py\n@@ -1 +1 @@\n-old\n+new\n"
    with pytest.raises(ArchiveError, match="does not apply") as info:
        archive.add_diff(archive.root_id, bad, {})
    assert info.value.fix and git(archive.path, "for-each-ref") == before


def test_empty_diff_is_the_parent(archive: GitArchive) -> None:
    assert archive.add_diff(archive.root_id, "", {}) == AddResult(archive.root_id, False)


def test_update_meta_persists_and_guards_fixed_fields(archive: GitArchive) -> None:
    updated = archive.update_meta("root", score=0.75, status="ok", results={"t1": True})
    again = GitArchive.open(archive.path.parent).meta(archive.root_id)
    assert again == updated and again.score == 0.75 and again.results == {"t1": True}
    with pytest.raises(ValueError):
        archive.update_meta("root", generation=3)
    with pytest.raises(TypeError):
        archive.update_meta("root", scroe=1.0)


def test_lineage_queries(archive: GitArchive, tmp_path: Path) -> None:
    a = archive.add("root", variant(archive, "root", tmp_path / "a", {"a": "1"}), {}).agent_id
    b = archive.add(a, variant(archive, a, tmp_path / "b", {"b": "1"}), {}).agent_id
    c = archive.add(a, variant(archive, a, tmp_path / "c", {"c": "1"}), {}).agent_id
    assert archive.ancestors(b) == [a, archive.root_id]
    assert archive.ancestors("root") == []
    assert sorted(archive.children(a)) == sorted([b, c])
    assert archive.children(b) == []
    assert [r.generation for r in archive.agents()] == [0, 1, 2, 2]
    lineage = git(archive.path, "log", "--format=%(trailers:key=Agent,valueonly)",
                  f"refs/agents/{b}")
    assert lineage.split() == [b, a, archive.root_id]  # plain `git log` shows the lineage


def test_resolve_prefixes_like_git(archive: GitArchive, tmp_path: Path) -> None:
    ids = [archive.root_id]
    for i in range(17):  # 18 ids over 16 hex digits: two must share a first digit
        src = variant(archive, "root", tmp_path / f"v{i}", {"n.txt": str(i)})
        ids.append(archive.add("root", src, {}).agent_id)
    assert all(archive.resolve(i[:8]) == i for i in ids)
    assert archive.resolve(ids[3].upper()) == ids[3]
    assert archive.resolve("root") == archive.root_id
    shared = next(d for d in string.hexdigits[:16] if sum(i.startswith(d) for i in ids) > 1)
    with pytest.raises(ArchiveError, match="ambiguous"):
        archive.resolve(shared)
    missing = next(p for p in (f"{n:04x}" for n in range(65536)) if not any(
        i.startswith(p) for i in ids))
    with pytest.raises(ArchiveError, match="unknown agent"):
        archive.meta(missing)
    with pytest.raises(ArchiveError, match="not an agent id"):
        archive.resolve("xyz")
    full_unknown = missing + "0" * 8
    for call in (lambda: archive.materialize(full_unknown, tmp_path / "nowhere"),
                 lambda: archive.diff("root", full_unknown), lambda: archive.meta(full_unknown),
                 lambda: archive.ancestors(full_unknown)):
        with pytest.raises(ArchiveError, match="unknown agent"):
            call()
    assert not (tmp_path / "nowhere").exists()


def test_materialize_refuses_a_non_empty_destination(archive: GitArchive,
                                                     tmp_path: Path) -> None:
    dest = write_tree(tmp_path / "dest", {"keep.txt": "mine"})
    with pytest.raises(ArchiveError, match="not empty"):
        archive.materialize("root", dest)
    assert snapshot(dest) == {"keep.txt": "mine"}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert set(snapshot(archive.materialize("root", empty))) == {*SEED_FILES, "run.sh"}


def test_diff_is_a_unified_diff(archive: GitArchive, tmp_path: Path) -> None:
    src = variant(archive, "root", tmp_path / "c", {"README.md": "# changed\n"})
    child = archive.add("root", src, {}).agent_id
    text = archive.diff("root", child)
    assert "--- a/README.md" in text and "+# changed" in text and "-# seed" in text
    assert archive.diff(child, child) == ""


def test_same_adds_give_same_ids(tmp_path: Path, seed_dir: Path) -> None:
    def build(name: str, stamp: str) -> list[str]:
        arch = GitArchive.create(tmp_path / name, seed_dir, {"created_at": stamp})
        ids = [arch.root_id]
        for i in range(3):
            src = variant(arch, ids[-1], tmp_path / f"{name}-{i}", {f"f{i}.py": f"{i}\n"})
            ids.append(arch.add(ids[-1], src, {"summary": f"step {i}"}).agent_id)
        ids.append(arch.add_diff(ids[1], NEW_FILE_DIFF, {}).agent_id)
        return ids

    assert build("one", "2025-01-01T00:00:00+00:00") == build("two", "2030-06-01T12:00:00+00:00")


def test_open_accepts_run_dir_and_repo_and_rejects_others(archive: GitArchive,
                                                         tmp_path: Path) -> None:
    assert GitArchive.open(archive.path.parent).path == archive.path
    assert GitArchive.open(archive.path).root_id == archive.root_id
    plain = tmp_path / "plain"
    plain.mkdir()
    bare = tmp_path / "other.git"
    git(bare, "init", "--bare", "-q")
    for path, reason in [(plain, "not a git repository"), (bare, "not an agent archive")]:
        with pytest.raises(ArchiveError, match=reason) as info:
            GitArchive.open(path)
        assert "archive init" in (info.value.fix or "")
    with pytest.raises(ArchiveError, match="no run or archive") as info:
        GitArchive.open(tmp_path / "missing")
    assert "archive init" not in (info.value.fix or "")  # a typo'd path needs no new archive


def test_create_refuses_bad_input_and_changes_nothing(tmp_path: Path, seed_dir: Path) -> None:
    with pytest.raises(ArchiveError, match="not a directory"):
        GitArchive.create(tmp_path / "r1", tmp_path / "nope")
    assert not (tmp_path / "r1").exists()
    taken = write_tree(tmp_path / "r2" / "archive.git", {"x": "1"})
    with pytest.raises(ArchiveError, match="already exists"):
        GitArchive.create(tmp_path / "r2", seed_dir)
    assert snapshot(taken) == {"x": "1"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r2", "seed"]
