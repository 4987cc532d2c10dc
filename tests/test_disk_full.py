"""A full disk: every write of a run's files raises DiskFull, loses nothing, and works again
once there is space (on a small real tmpfs; root only, as in CI)."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents_archive import GitArchive
from dgm.journal import Event, Journal
from dgm.rundir import drop_torn_tail, read_json, write_json_atomic
from ground.diskspace import disk_full, disk_full_guard, is_disk_full, mount_point
from ground.errors import DiskFull
from tests.disk_helpers import fill, fsck, small_disk
from tests.loop.test_run_stop import NOTHING, left_behind

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", "2m") as mounted:
        yield mounted


@pytest.fixture
def run(disk: Path) -> Path:
    """A run directory on the small disk."""
    path = disk / "run"
    path.mkdir()
    (path / "dgm.toml").write_text('name = "r"\n')
    return path


def page(path: Path) -> int:
    return os.statvfs(path).f_bsize


def random_text(size: int, seed: int) -> str:
    """Text that zlib cannot shrink much, so a git object of it takes about `size` bytes."""
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(size))


# --- the error ---------------------------------------------------------------------------------

def test_disk_full_names_the_file_the_disk_and_how_to_resume(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    (run / "dgm.toml").write_text("")
    error = disk_full(run / "attempts" / "g001-0" / "result.json", ENOSPC)
    assert isinstance(error, DiskFull) and error.exit_code == 2
    assert error.message.startswith("disk full: could not write ")
    assert "result.json" in error.message and "No space left on device" in error.message
    assert error.fix == (f"free space on {mount_point(run)} (df -h {run}), "
                         f"then `dgm run --resume {run}`")


def test_disk_full_outside_a_run_says_retry(tmp_path: Path) -> None:
    error = disk_full(tmp_path / "new" / "file.txt", OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert "Disk quota exceeded" in error.message
    assert error.fix is not None and error.fix.endswith(f"(df -h {tmp_path}), then retry")


def test_only_no_space_and_quota_errors_become_disk_full(tmp_path: Path) -> None:
    assert is_disk_full(ENOSPC) and is_disk_full(OSError(errno.EDQUOT, "quota"))
    assert not is_disk_full(OSError(errno.EACCES, "denied")) and not is_disk_full(ValueError())
    with pytest.raises(DiskFull), disk_full_guard(tmp_path / "f"):
        raise ENOSPC
    with pytest.raises(PermissionError), disk_full_guard(tmp_path / "f"):
        raise PermissionError(errno.EACCES, "denied")


def test_a_torn_tail_is_cut_back_to_the_last_full_line(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b'{"a":1}\n' + b"x" * 200_000)  # longer than one read back from the end
    drop_torn_tail(path)
    assert path.read_bytes() == b'{"a":1}\n'
    path.write_bytes(b"no newline at all")
    drop_torn_tail(path)
    assert path.read_bytes() == b""


# --- journal -----------------------------------------------------------------------------------

def pad_to_page_end(journal: Journal, room: int) -> None:
    """Append an event that leaves `room` bytes in the journal file's last page."""
    size = journal.path.stat().st_size
    bare = len(Event(kind="pad", at=2.0, data={"pad": ""}).to_json()) + 1
    target = -(-(size + bare + room) // page(journal.path)) * page(journal.path) - room
    journal.append("pad", 2.0, pad="p" * (target - size - bare))
    assert journal.path.stat().st_size % page(journal.path) == page(journal.path) - room


def test_journal_append_on_a_full_disk_keeps_every_line_and_resumes(disk: Path,
                                                                    run: Path) -> None:
    journal = Journal(run / "journal.jsonl")
    journal.append("run_started", 1.0, seed=0)
    pad_to_page_end(journal, room=100)  # the next line is cut after 100 bytes by the full disk
    before = journal.path.read_bytes()
    filler = fill(disk)
    with pytest.raises(DiskFull) as info:
        journal.append("seed_evaluated", 3.0, note="n" * 400)
    assert str(journal.path) in info.value.message
    assert f"`dgm run --resume {run}`" in str(info.value)
    assert journal.path.read_bytes() == before  # what was cut mid-line is gone
    assert [e.kind for e in journal.events()] == ["run_started", "pad"]
    filler.unlink()
    journal.append("seed_evaluated", 4.0, note="n" * 400)
    lines = journal.path.read_text().splitlines(keepends=True)
    assert all(line.endswith("\n") and json.loads(line) for line in lines)
    assert [e.kind for e in journal.events()] == ["run_started", "pad", "seed_evaluated"]


def test_journal_append_that_creates_the_file_on_a_full_disk(disk: Path, run: Path) -> None:
    journal = Journal(run / "journal.jsonl")
    filler = fill(disk)
    with pytest.raises(DiskFull):
        journal.append("run_started", 1.0, text="t" * (2 * page(disk)))
    assert list(journal.events()) == []
    filler.unlink()
    journal.append("run_started", 1.0)
    assert [e.kind for e in journal.events()] == ["run_started"]


# --- atomic files ------------------------------------------------------------------------------

def test_write_json_atomic_on_a_full_disk_keeps_the_old_file(disk: Path, run: Path) -> None:
    target = run / "attempts" / "g001-0" / "result.json"
    write_json_atomic(target, {"version": 1})
    filler = fill(disk)
    new = {"version": 2, "log": "l" * (3 * page(disk))}
    with pytest.raises(DiskFull) as info:
        write_json_atomic(target, new)
    assert str(target) in info.value.message
    assert read_json(target) == {"version": 1}
    assert os.listdir(target.parent) == ["result.json"]  # no temporary file left
    filler.unlink()
    write_json_atomic(target, new)
    assert read_json(target) == new


# --- archive -----------------------------------------------------------------------------------

@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed"
    path.mkdir()
    (path / "coding_agent.py").write_text("print('seed')\n")
    return path


def child_source(tmp_path: Path, archive: GitArchive, number: int) -> Path:
    """A child of the seed with a large new file, so its objects take several pages."""
    dest = tmp_path / f"child{number}"
    shutil.rmtree(dest, ignore_errors=True)
    archive.materialize("root", dest)
    (dest / "notes.txt").write_text(random_text(6000, number))
    (dest / "tools").mkdir()
    (dest / "tools" / "extra.py").write_text(f"VALUE = {number}\n")
    return dest


def consistent(archive: GitArchive) -> list[str]:
    """The archive's agents, asserting every agent ref has its record and git fsck is clean."""
    fsck(archive.path)
    refs = archive.git.run("for-each-ref", "--format=%(refname:lstrip=2)", "refs/agents/")
    agents = sorted(r.id for r in archive.agents())
    assert sorted(refs.split()) == agents
    return agents


def test_archive_add_on_a_full_disk_leaves_it_whole_and_adds_after(tmp_path: Path, disk: Path,
                                                                   run: Path,
                                                                   seed: Path) -> None:
    archive = GitArchive.create(run, seed)
    failed_in: set[str] = set()
    for number, pages in enumerate(range(0, 14)):  # each step of an add, cut short in turn
        source = child_source(tmp_path, archive, number)
        before = consistent(archive)
        filler = fill(disk, leave=pages * page(disk))
        try:
            added = archive.add("root", source, {"summary": f"child {number}"})
        except DiskFull as exc:
            failed_in.add(exc.message.split("(git ", 1)[-1].split(":", 1)[0])
            assert consistent(archive) == before
            filler.unlink()
            added = archive.add("root", source, {"summary": f"child {number}"})
        else:
            filler.unlink()
        assert added.created and consistent(archive) == sorted([*before, added.agent_id])
    assert failed_in >= {"add", "update-ref"}  # the objects, and the refs' transaction


def test_ref_transaction_on_a_full_disk_is_disk_full_and_moves_nothing(disk: Path, run: Path,
                                                                      seed: Path) -> None:
    archive = GitArchive.create(run, seed)
    commit = archive.meta("root").commit
    filler = fill(disk)
    with pytest.raises(DiskFull) as info:  # reftable says only "general error"
        archive.git.update_refs([("refs/agents/extra", commit, None)])
    assert str(archive.path) in info.value.message and "--resume" in str(info.value)
    assert archive.git.rev("refs/agents/extra") is None
    filler.unlink()
    archive.git.update_refs([("refs/agents/extra", commit, None)])
    assert archive.git.rev("refs/agents/extra") == commit


def test_update_meta_on_a_full_disk_keeps_the_record(disk: Path, run: Path, seed: Path) -> None:
    archive = GitArchive.create(run, seed)
    filler = fill(disk)
    with pytest.raises(DiskFull):
        archive.update_meta("root", score=0.5, results={"t": True})
    assert archive.meta("root").score is None
    consistent(archive)
    filler.unlink()
    assert archive.update_meta("root", score=0.5).score == 0.5


def test_materialize_on_a_full_disk_names_the_destination(tmp_path: Path, disk: Path,
                                                          seed: Path) -> None:
    (seed / "big.txt").write_text(random_text(3 * page(disk), 1))
    archive = GitArchive.create(tmp_path / "elsewhere", seed)
    filler = fill(disk)
    with pytest.raises(DiskFull) as info:
        archive.materialize("root", disk / "work")
    assert str(disk / "work") in info.value.message
    assert not (disk / "work").exists()
    filler.unlink()
    archive.materialize("root", disk / "work")
    assert (disk / "work" / "big.txt").read_text() == (seed / "big.txt").read_text()


# --- a real run --------------------------------------------------------------------------------

ONE_GENERATION = """
name = "full"
seed = 5
[evolution]
generations = 1
attempts_per_generation = 2
[evaluation]
benchmark = "pytasks"
stages = [{ split = "small", limit = 2 }]
workers = 2
agent_timeout_s = 120.0
top_k = 1
heldout_limit = 1
[executor]
workers = 2
[gateway]
provider = "toy"
model = "toy"
"""


def dgm(*args: str, timeout: float = 1200) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *args], capture_output=True, text=True,
                          timeout=timeout)


def wait_for_event(journal: Path, kind: str, proc: subprocess.Popen[str],
                   timeout: float = 600) -> None:
    """Wait until the journal holds an event of `kind` (the run must still be going)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal.exists() and f'"kind":"{kind}"' in journal.read_text(errors="replace"):
            return
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        time.sleep(0.05)
    raise AssertionError(f"the run never journalled {kind}")


def journal_lines(run: Path) -> list[dict[str, object]]:
    """Every line of the run's journal, asserting each is a whole JSON object."""
    text = (run / "journal.jsonl").read_text()
    assert text.endswith("\n"), "torn last line"
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.docker
@pytest.mark.slow
def test_a_run_on_a_full_disk_stops_with_one_line_and_resumes(tmp_path: Path,
                                                             sandbox_image: str) -> None:
    config = tmp_path / "full.toml"
    config.write_text(ONE_GENERATION)
    with small_disk(tmp_path / "disk", "64m") as disk:
        run = disk / "run"
        proc = subprocess.Popen([sys.executable, "-m", "dgm", "run", "--config", str(config),
                                 "--run-dir", str(run)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        try:
            wait_for_event(run / "journal.jsonl", "seed_evaluated", proc)
            filler = fill(disk)
            _, stderr = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 2, stderr[-3000:]
        assert "Traceback" not in stderr, stderr[-3000:]
        assert left_behind(run, proc.pid) == NOTHING  # an error path leaves nothing either
        last = stderr.strip().splitlines()[-1]
        assert "disk full" in last and f"dgm run --resume {run}" in last and "df -h" in last
        kinds = [line["kind"] for line in journal_lines(run)]
        assert "seed_evaluated" in kinds
        fsck(run / "archive.git")
        filler.unlink()
        done = dgm("run", "--resume", str(run))
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
        journal_lines(run)
        fsck(run / "archive.git")
        status = dgm("status", str(run), "--json")
        assert status.returncode == 0, status.stderr
        info = json.loads(status.stdout)
        assert info["state"] == "stopped" and info["stop_reason"] == "generations"
        assert info["generations_finished"] == 1
