"""The driver's side of the usage desk: commit what nodes reported, and say where work runs.

A thread collects the exchanges nodes reported to the desk and imports them into the
run's gateway (ledger.jsonl, recordings/), so the driver stays their only writer; it
also writes cluster.json (nodes, sandbox slots, work in flight) for `dgm status`.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from dgm.rundir import write_json_atomic

CLUSTER_FILE = "cluster.json"
CLUSTER_VERSION = 1
SLOT = "sandbox_slot"  # the Ray resource counting the sandboxes a node may run at once


class Committer:
    """Imports reported exchanges into `gateway`; keeps <run_root>/cluster.json current."""

    def __init__(self, desk: Any, gateway: Any, run_root: Path, period_s: float = 0.5) -> None:
        self.desk, self.gateway, self.period_s = desk, gateway, period_s
        self.path = Path(run_root) / CLUSTER_FILE
        self.seen: set[str] = set()  # nodes seen alive during this session
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="dgm-committer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread, commit what is left and remove cluster.json (nothing runs now)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self.flush()
        self.path.unlink(missing_ok=True)

    def flush(self) -> int:
        """Commit every exchange reported so far, in order; how many there were."""
        import ray  # optional: the ray extra

        with self._lock:
            exchanges = ray.get(self.desk.collect.remote())
            for entry, recording in exchanges:
                self.gateway.import_exchange(entry, recording)
            return len(exchanges)

    def write_status(self) -> dict[str, Any]:
        """Write (and return) cluster.json from Ray's node table and the desk's placements."""
        import ray  # optional: the ray extra

        info = cluster_snapshot(ray.nodes(), ray.get(self.desk.placements.remote()), self.seen)
        write_json_atomic(self.path, info)
        return info

    def _loop(self) -> None:
        # cluster.json follows the work within a period: a task run takes a second or two,
        # so a status written more rarely would name work that has already ended
        while not self._stop.wait(self.period_s):
            self.flush()
            self.write_status()


def cluster_snapshot(nodes: list[dict[str, Any]], placements: dict[str, dict[str, Any]],
                     seen: set[str]) -> dict[str, Any]:
    """Nodes offering sandbox slots (and nodes lost during the run) with their work in flight."""
    work: dict[str, list[str]] = {}
    for placed in sorted(placements.values(), key=lambda p: p["since"]):
        work.setdefault(placed["node"], []).append(placed["label"])
    rows = []
    for node in nodes:
        node_id, alive = node["NodeID"], bool(node["Alive"])
        slots = int(node.get("Resources", {}).get(SLOT, 0))
        if alive and slots:
            seen.add(node_id)
        if (alive and slots) or node_id in seen or node_id in work:
            labels = work.get(node_id, []) if alive else []
            rows.append({"id": node_id[:12], "host": node.get("NodeManagerAddress", "?"),
                         "alive": alive, "slots": slots, "busy": len(labels), "work": labels})
    rows.sort(key=lambda r: (not r["alive"], r["host"], r["id"]))
    live = [r for r in rows if r["alive"]]
    return {"v": CLUSTER_VERSION, "at": time.time(), "nodes": rows,
            "slots": sum(r["slots"] for r in live), "busy": sum(r["busy"] for r in live)}
