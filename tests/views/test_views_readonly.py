"""Views never change a run, and work on a finished, a crashed and a running run."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from views_helpers import crash, dgm, fingerprint

from agents_archive import GitArchive


def every_view(root: Path, ids: dict[str, str], out: Path) -> dict[str, str]:
    """Run each view command on the run; their stdout by name (each must succeed)."""
    formats = ["text", "json", "dot"] + (["svg"] if shutil.which("dot") else [])
    commands = {f"tree-{f}": ["tree", root, "--format", f] for f in formats}
    for name, agent in ids.items():
        commands[f"show-{name}"] = ["show", root, agent]
        commands[f"show-json-{name}"] = ["show", root, agent, "--json"]
    commands |= {"log": ["log", root, ids["long"]],
                 "diff": ["diff", root, ids["seed"], ids["long"]],
                 "plot": ["plot", root, "-o", out / "p.png"],
                 "report": ["report", root, "-o", out / "r.html"],
                 "compare": ["compare", root, root, "--json"]}
    outputs = {}
    for name, args in commands.items():
        result = dgm(*args)
        assert result.returncode == 0, (name, result.stderr)
        outputs[name] = result.stdout
    assert dgm("export", root, ids["output"]).returncode == 2  # pytasks: refused, cleanly
    return outputs


def test_views_leave_a_finished_run_byte_identical(synth: tuple[Path, dict[str, str]],
                                                   tmp_path: Path) -> None:
    root, ids = synth
    before = fingerprint(root)
    every_view(root, ids, tmp_path)
    assert fingerprint(root) == before


def test_views_on_a_crashed_run(fresh_run: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = fresh_run
    crash(root)
    before = fingerprint(root)
    out = every_view(root, ids, tmp_path)
    assert fingerprint(root) == before  # torn lines stay torn: a view repairs nothing
    summary = json.loads(out["compare"])["runs"][0]
    assert summary["state"].startswith("crashed")
    assert summary["calls"] == 34  # the torn ledger line is not counted
    assert json.loads(out["show-json-long"])["tasks_source"] == "record"
    report = (tmp_path / "r.html").read_text()
    assert "<code>g004a00</code>" in report and "unfinished" in report and "crashed" in report


@contextmanager
def driving(root: Path) -> Iterator[None]:
    """Hold the run's driver lock as `dgm run` does while it runs."""
    fd = os.open(root / ".driver.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


def test_views_on_a_running_run(fresh_run: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = fresh_run
    with driving(root):
        before = fingerprint(root)
        out = every_view(root, ids, tmp_path)
        assert fingerprint(root) == before
    assert json.loads(out["compare"])["runs"][0]["state"] == "running"
    assert "state: <b>running</b>" in (tmp_path / "r.html").read_text()


@pytest.mark.slow
def test_views_while_the_archive_grows(fresh_run: tuple[Path, dict[str, str]]) -> None:
    root, ids = fresh_run
    archive, errors, done = GitArchive.open(root), [], threading.Event()

    def writer() -> None:
        parent = ids["long"]
        try:
            for i in range(15):
                diff = (f"--- /dev/null\n+++ b/more_{i}.py\n@@ -0,0 +1 @@\n+N = {i}\n")
                parent = archive.add_diff(parent, diff, {"summary": f"more {i}"}).agent_id
        except Exception as exc:  # reported below, in the test's own thread
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = []
    while not done.is_set():
        result = dgm("tree", root, "--format", "json")
        assert result.returncode == 0, result.stderr
        seen.append(len(json.loads(result.stdout)["agents"]))
    thread.join()
    assert not errors and seen == sorted(seen)
    assert len(json.loads(dgm("tree", root, "--format", "json").stdout)["agents"]) == 21
