"""Metadata travels with clones; one writer at a time; a dead writer's leftovers are settled."""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from archive_helpers import git, variant

from agents_archive import ArchiveError, GitArchive
from agents_archive.gitcmd import EMPTY_TREE
from agents_archive.layout import LOCK_FILE
from agents_archive.writer import mark_pending


def grown(archive: GitArchive, tmp_path: Path) -> GitArchive:
    """The archive with two children and some evaluation results."""
    a = archive.add("root", variant(archive, "root", tmp_path / "a", {"a": "1"}), {}).agent_id
    archive.add(a, variant(archive, a, tmp_path / "b", {"b": "1"}), {"summary": "b"})
    archive.update_meta(a, score=0.5, status="ok", results={"t1": True, "t2": False})
    return archive


def records(archive: GitArchive) -> list[dict[str, object]]:
    return [r.to_dict() for r in archive.agents()]


def test_mirror_clone_opens_with_the_same_metadata(archive: GitArchive, tmp_path: Path) -> None:
    grown(archive, tmp_path)
    clone = tmp_path / "clone.git"
    subprocess.run(["git", "clone", "-q", "--mirror", str(archive.path), str(clone)], check=True)
    copy = GitArchive.open(clone)
    assert records(copy) == records(archive) and copy.root_id == archive.root_id
    src = variant(copy, "root", tmp_path / "c", {"c": "1"})
    assert copy.add("root", src, {}).created  # a clone is a working archive too
    assert subprocess.run(["git", "--git-dir", str(clone), "fsck", "--full"]).returncode == 0


def test_fetching_the_refs_brings_the_metadata(archive: GitArchive, tmp_path: Path) -> None:
    grown(archive, tmp_path)
    other = tmp_path / "other.git"
    git(other, "init", "-q", "--bare")
    git(other, "fetch", "-q", str(archive.path), "refs/agents/*:refs/agents/*",
        "refs/notes/agents:refs/notes/agents", "refs/heads/seed:refs/heads/seed")
    assert records(GitArchive.open(other)) == records(archive)


HOLD_LOCK = """
import fcntl, sys, time
fd = open(sys.argv[1], "a")
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(120)
"""


def test_one_writer_at_a_time_and_readers_never_wait(archive: GitArchive,
                                                     tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(archive.path / LOCK_FILE)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        busy = GitArchive(archive.path, lock_timeout=0.2)
        src = variant(busy, "root", tmp_path / "c", {"c": "1"})  # reading works meanwhile
        with pytest.raises(ArchiveError, match="busy") as info:
            busy.add("root", src, {})
        assert info.value.fix and len(busy.agents()) == 1
        holder.kill()  # SIGKILL: the kernel drops the dead holder's lock
        holder.wait()
        assert busy.add("root", src, {}).created
    finally:
        holder.kill()
        holder.wait()


def test_git_lock_files_left_by_a_dead_writer_do_not_block(archive: GitArchive,
                                                           tmp_path: Path) -> None:
    for stale in ("reftable/tables.list.lock", "refs/notes/agents.lock", "packed-refs.lock"):
        (archive.path / stale).parent.mkdir(parents=True, exist_ok=True)
        (archive.path / stale).write_text("")
    src = variant(archive, "root", tmp_path / "c", {"c": "1"})
    assert archive.add("root", src, {}).created
    assert not (archive.path / "reftable/tables.list.lock").exists()


def test_half_moved_refs_are_settled_by_the_next_writer(archive: GitArchive,
                                                        tmp_path: Path) -> None:
    """Ref backends without atomic multi-ref updates: roll a half-done add back or forward."""
    clone = tmp_path / "files.git"  # a mirror clone uses the files ref backend
    subprocess.run(["git", "clone", "-q", "--mirror", str(archive.path), str(clone)], check=True)
    copy = GitArchive.open(clone)
    kept = copy.add("root", variant(copy, "root", tmp_path / "k", {"k": "1"}), {}).agent_id
    commit = copy.meta(kept).commit
    git(clone, "update-ref", "-d", f"refs/agents/{kept}")  # note, but no ref
    mark_pending(clone, f"refs/agents/{kept}", commit)
    orphan = git(clone, "commit-tree", EMPTY_TREE, "-p", commit, "-m", "orphan").strip()
    git(clone, "update-ref", f"refs/agents/{EMPTY_TREE[:12]}", orphan)  # ref, but no note
    copy.update_meta(kept, score=1.0)  # any write settles the kept agent first ...
    assert git(clone, "rev-parse", f"refs/agents/{kept}").strip() == commit
    mark_pending(clone, f"refs/agents/{EMPTY_TREE[:12]}", orphan)
    copy.update_meta(kept, score=0.5)  # ... and rolls back the orphan
    assert f"refs/agents/{EMPTY_TREE[:12]}" not in git(clone, "for-each-ref")
    assert [r.id for r in copy.agents()] == [copy.root_id, kept]


def test_loose_objects_get_packed_as_the_archive_grows(archive: GitArchive,
                                                       tmp_path: Path) -> None:
    """Past git's gc.auto sample size the next write packs the archive, and it stays sound."""
    found = (str(n).encode() for n in itertools.count())
    blobs = (b for b in found if hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest()[:2] == "17")
    for data in itertools.islice(blobs, 30):
        subprocess.run(["git", f"--git-dir={archive.path}", "hash-object", "-w", "--stdin"],
                       input=data, check=True, capture_output=True)
    assert not list((archive.path / "objects" / "pack").glob("*.pack"))
    src = variant(archive, "root", tmp_path / "c", {"c": "1"})
    assert archive.add("root", src, {}).created
    assert list((archive.path / "objects" / "pack").glob("*.pack"))
    assert subprocess.run(["git", "--git-dir", str(archive.path), "fsck", "--full"]).returncode == 0
    assert len(archive.agents()) == 2
