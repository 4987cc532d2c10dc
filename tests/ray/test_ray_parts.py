"""The cluster's smaller parts: trees that travel, cluster.json and `dgm status`, cheap imports."""

from __future__ import annotations

import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dgm.cluster.committer import CLUSTER_FILE, cluster_snapshot
from dgm.cluster.trees import pack, unpack
from dgm.config import RunConfig
from dgm.rundir import RunDir, write_json_atomic, write_text_atomic
from dgm.views.status import render_status, run_status
from ground.errors import ConfigError


def test_a_tree_travels_without_its_git_data(tmp_path: Path) -> None:
    src = tmp_path / "agent"
    (src / "tools").mkdir(parents=True)
    (src / "coding_agent.py").write_text("print('hi')\n")
    (src / "tools" / "bash.py").write_text("x = 1\n")
    (src / "link.py").symlink_to("coding_agent.py")
    (src / ".git").mkdir()
    (src / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    dest = unpack(pack(src), tmp_path / "copy")
    assert sorted(str(p.relative_to(dest)) for p in dest.rglob("*")) == \
        ["coding_agent.py", "link.py", "tools", "tools/bash.py"]
    assert (dest / "link.py").is_symlink() and (dest / "link.py").read_text() == "print('hi')\n"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o755  # a sandbox's user can read its mount


NODES = [
    {"NodeID": "head" * 8, "Alive": True, "NodeManagerAddress": "10.0.0.1",
     "Resources": {"CPU": 1.0}},
    {"NodeID": "aaaa" * 8, "Alive": True, "NodeManagerAddress": "10.0.0.2",
     "Resources": {"sandbox_slot": 2.0}},
    {"NodeID": "bbbb" * 8, "Alive": False, "NodeManagerAddress": "10.0.0.3",
     "Resources": {"sandbox_slot": 2.0}},
    {"NodeID": "cccc" * 8, "Alive": False, "NodeManagerAddress": "10.0.0.4",
     "Resources": {"sandbox_slot": 4.0}},
]
PLACED = {"c1": {"node": "aaaa" * 8, "label": "run_task g001a00/t1/r0", "since": 2.0},
          "c2": {"node": "aaaa" * 8, "label": "run_agent g001a01", "since": 1.0}}


def test_cluster_json_shows_slot_nodes_their_work_and_nodes_lost_during_the_run() -> None:
    info = cluster_snapshot(NODES, PLACED, seen={"bbbb" * 8})
    assert [(n["host"], n["alive"], n["busy"]) for n in info["nodes"]] == \
        [("10.0.0.2", True, 2), ("10.0.0.3", False, 0)]  # no head (no slots), no stranger
    assert info["nodes"][0]["work"] == ["run_agent g001a01", "run_task g001a00/t1/r0"]
    assert (info["slots"], info["busy"]) == (2, 2)


def test_status_shows_where_work_runs_while_the_driver_lives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = RunDir(tmp_path / "run")
    run.root.mkdir()
    write_text_atomic(run.config, RunConfig(name="r").to_toml())
    run.journal.write_text("")
    write_json_atomic(run.root / CLUSTER_FILE, cluster_snapshot(NODES, PLACED, {"bbbb" * 8}))
    assert run_status(str(run.root))["cluster"] is None  # no driver: nothing runs anywhere
    with run.driver_lock():
        info = run_status(str(run.root))
        assert info["cluster"]["busy"] == 2
        render_status(info)
    out = capsys.readouterr().out
    assert "1 node, 2 of 2 sandbox slots busy" in out
    assert "10.0.0.2" in out and "run_task g001a00/t1/r0" in out
    assert "10.0.0.3" in out and "lost" in out


def test_dgm_and_the_local_executor_do_not_import_ray() -> None:
    code = ("import sys, dgm, dgm.cli, dgm.evolution.pool, dgm.views.status, dgm.runner; "
            "import dgm.evolution.loop, dgm.services; sys.exit('ray' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_an_address_where_no_cluster_listens_is_one_clear_error() -> None:
    from dgm.cluster.placement import connect

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError, match="cannot join the Ray cluster") as caught:
        connect(f"127.0.0.1:{port}", 1)
    assert "ray start --head" in str(caught.value)


def test_the_run_config_accepts_the_ray_executor_when_ray_is_installed() -> None:
    from dgm.config import load_config

    config = load_config(None, ['executor.kind="ray"', 'executor.ray_address="auto"'])
    assert (config.executor.kind, config.executor.ray_address) == ("ray", "auto")
