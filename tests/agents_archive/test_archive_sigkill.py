"""A writer killed with SIGKILL at random instants leaves a clean, all-or-nothing archive."""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_helpers import git

from agents_archive import GitArchive
from agents_archive.layout import LOCK_FILE

WRITER = r'''
import random, sys
from pathlib import Path
from agents_archive import GitArchive

archive, work, tag = GitArchive.open(Path(sys.argv[1])), Path(sys.argv[2]), sys.argv[3]
rng = random.Random(tag)
ids = [r.id for r in archive.agents()]
for n in range(10**6):
    name, parent = f"{tag}-{n}", rng.choice(ids)
    if n % 3 == 0:
        src = archive.materialize(parent, work / name)
        (src / f"{name}.txt").write_text(name)
        added = archive.add(parent, src, {"summary": name})
    elif n % 3 == 1:
        diff = (f"diff --git a/{name}.txt b/{name}.txt\nnew file mode 100644\n--- /dev/null\n"
                f"+++ b/{name}.txt\n@@ -0,0 +1 @@\n+{name}\n")
        added = archive.add_diff(parent, diff, {"summary": name})
    else:
        archive.update_meta(parent, score=rng.random(), results={name: True})
        continue
    ids.append(added.agent_id)
    print(added.agent_id, flush=True)
'''

KILLS = 30


def wait_for_lock(git_dir: Path) -> None:
    """Block until every process holding the writer lock (e.g. an orphaned git child) is gone."""
    with open(git_dir / LOCK_FILE, "a") as fd:
        fcntl.flock(fd, fcntl.LOCK_EX)
        fcntl.flock(fd, fcntl.LOCK_UN)


def assert_whole(git_dir: Path, reported: set[str]) -> int:
    """fsck is clean and every agent has ref, commit and record, or none of them."""
    fsck = subprocess.run(["git", f"--git-dir={git_dir}", "fsck", "--full", "--no-dangling"],
                          capture_output=True, text=True)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr
    for word in ("error", "fatal", "missing", "broken", "corrupt"):
        assert word not in (fsck.stdout + fsck.stderr).lower(), fsck.stdout + fsck.stderr
    refs = {name.rsplit("/", 1)[1]: oid for oid, name in
            (line.split() for line in git(git_dir, "for-each-ref", "--format=%(objectname) "
                                          "%(refname)", "refs/agents/").splitlines())}
    notes = dict(reversed(line.split()) for line in
                 git(git_dir, "notes", "--ref=agents", "list").splitlines())
    assert set(refs.values()) == set(notes), "an agent is half present"
    for agent, commit in refs.items():
        assert git(git_dir, "cat-file", "-t", commit).strip() == "commit"
        record = json.loads(git(git_dir, "cat-file", "blob", notes[commit]))
        assert (record["id"], record["commit"]) == (agent, commit)
    assert reported <= set(refs), "an add that returned is missing"
    return len(refs)


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_the_archive_whole(archive: GitArchive,
                                                           tmp_path: Path) -> None:
    rng = random.Random(20250101)
    reported: set[str] = set()
    for i in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(archive.path), str(tmp_path / "work"), f"w{i}"],
            stdout=subprocess.PIPE, text=True, start_new_session=True)
        time.sleep(rng.uniform(0.2, 0.9))
        if i % 2:
            os.killpg(writer.pid, signal.SIGKILL)  # the writer and its git children at once
        else:
            writer.send_signal(signal.SIGKILL)  # the writer only; its git child may run on
        out, _ = writer.communicate()
        reported |= set(out.split())
        wait_for_lock(archive.path)
        assert_whole(archive.path, reported)
    total = assert_whole(archive.path, reported)
    assert len(reported) >= 10, "the writers made too little progress to test anything"
    src = archive.materialize(sorted(reported)[0], tmp_path / "last")
    (src / "after.txt").write_text("after the kills")
    assert archive.add(archive.root_id, src, {}).created
    assert len(archive.agents()) == total + 1
    assert_whole(archive.path, reported)
