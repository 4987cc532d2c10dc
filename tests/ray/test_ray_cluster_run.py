"""`dgm run --executor ray` on a cluster of raylets on this machine, against the local executor."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ray_helpers import local_cluster

from agents_archive import GitArchive
from dgm.gateway.recordings import attempt_dirname
from dgm.rundir import read_json
from dgm.views.status import run_status
from tests.loop.test_run_cli import TINY

RUN_TIMEOUT_S = 1500


def summary(run: Path) -> dict[str, Any]:
    """What must not depend on where the work ran: archive, spend, recordings."""
    ledger = [json.loads(line) for line in (run / "ledger.jsonl").read_text().splitlines()]
    folders = sorted((run / "recordings").iterdir())
    return {"lineage": sorted((r.id, r.parent, r.score, r.status)
                              for r in GitArchive.open(run).agents()),
            "calls": sum(not e["reused"] for e in ledger),
            "reused": sum(e["reused"] for e in ledger),
            "clean": {f.name: len(list(f.glob("*.json"))) for f in folders},
            "abandoned": len(list((run / "recordings").glob("*/abandoned-*/*.json")))}


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("config") / "tiny.toml"
    path.write_text(TINY)
    return path


@pytest.fixture(scope="module")
def reference(config: Path, sandbox_image: str, tmp_path_factory: pytest.TempPathFactory,
              ) -> dict[str, Any]:
    """The same run with the local executor."""
    run = tmp_path_factory.mktemp("local") / "run"
    done = subprocess.run([sys.executable, "-m", "dgm", "run", "--config", str(config),
                           "--run-dir", str(run)], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stderr[-3000:]
    return summary(run)


def run_on(address: str, config: Path, run: Path, during: Callable[[subprocess.Popen[bytes]],
                                                                   None]) -> str:
    """`dgm run --executor ray` to its end, calling `during` while it runs; its stderr."""
    log = run.parent / "stderr.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "dgm", "run", "--config", str(config),
                                 "--run-dir", str(run), "--executor", "ray",
                                 "--ray-address", address],
                                stdout=subprocess.DEVNULL, stderr=err)
        try:
            during(proc)
            assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, log.read_text()[-3000:]
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return log.read_text()


@pytest.mark.docker
@pytest.mark.slow
def test_a_run_on_two_worker_nodes_ends_like_a_local_run(
        config: Path, reference: dict[str, Any], tmp_path: Path) -> None:
    run, seen = tmp_path / "run", []

    def watch(proc: subprocess.Popen[bytes]) -> None:
        while proc.poll() is None:
            if (run / "dgm.toml").exists() and (cluster := run_status(str(run))["cluster"]):
                seen.append(cluster)
            time.sleep(1.0)

    with local_cluster([2, 2]) as (cluster, _):
        run_on(cluster.address, config, run, watch)
    assert summary(run) == reference
    nodes = [n for snapshot in seen for n in snapshot["nodes"]]
    assert len({n["id"] for n in nodes if n["busy"]}) == 2  # both nodes did work
    assert all(n["busy"] <= n["slots"] == 2 for n in nodes)
    assert not (run / "cluster.json").exists()  # nothing runs anywhere once the run stopped


def busy_victim(run: Path, seen: dict[str, int], final: dict[str, int]) -> str | None:
    """A node running a benchmark task or smoke run that is talking to the model now and
    has at least two exchanges still to come: its recordings grew since the last look
    (`seen`: the counts then) and stand at least two short of what the same attempt
    recorded in the local run (`final`; the toy is deterministic). cluster.json lags behind
    the work (up to half a second) and a task run takes a second or two, so a label alone,
    or growth that was the attempt's last exchange, may name work that has already ended;
    a node killed then loses nothing and the test proves nothing."""
    try:
        cluster = read_json(run / "cluster.json")
    except (OSError, ValueError):
        return None
    for node in cluster["nodes"]:
        for label in node["work"]:
            billed = label.split(" ", 1)[1]
            if "/" not in billed:
                continue
            folder = attempt_dirname(billed)
            count = len(list((run / "recordings" / folder).glob("*.json")))
            before, seen[billed] = seen.get(billed), count
            if before is not None and before < count <= final.get(folder, 0) - 2:
                return node["id"]
    return None


@pytest.mark.docker
@pytest.mark.slow
def test_a_worker_node_killed_mid_run_loses_nothing_and_pays_nothing_twice(
        config: Path, reference: dict[str, Any], tmp_path: Path) -> None:
    run = tmp_path / "run"
    with local_cluster([2, 2]) as (cluster, nodes):
        by_id = {node.node_id[:12]: node for node in nodes}

        def kill_a_busy_node(proc: subprocess.Popen[bytes]) -> None:
            deadline, seen = time.monotonic() + RUN_TIMEOUT_S, dict[str, int]()
            while (victim := busy_victim(run, seen, reference["clean"])) is None:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.02)
            cluster.remove_node(by_id[victim], allow_graceful=False)

        stderr = run_on(cluster.address, config, run, kill_a_busy_node)
    assert "lost its node" in stderr  # its calls were sent again, to the node left
    got = summary(run)
    assert got["lineage"] == reference["lineage"]
    assert got["clean"] == reference["clean"]  # every exchange recorded once, in sequence
    assert got["reused"] >= 1  # what the lost node had paid for was answered again, free
    assert got["calls"] - reference["calls"] == got["abandoned"]  # extra calls: only divergent
    events = [json.loads(line)["kind"] for line in (run / "journal.jsonl").read_text().splitlines()]
    assert "attempt_error" not in events  # the executor absorbed the loss; the loop never saw it
