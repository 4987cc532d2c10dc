"""What bench_harness runs in a subprocess against an older checkout, and reads back.

PROBE uses only the API every version of the project has had (open_services, the harness's
evaluate), so the same text scores the small split with the code and seed of any commit.
"""

from __future__ import annotations

import json
from pathlib import Path

PROBE = """
import json, sys, tempfile, time
from pathlib import Path
from dgm.config import RunConfig
from dgm.services import open_services

split, workers = sys.argv[1], int(sys.argv[2])
with tempfile.TemporaryDirectory(prefix="dgm-bench-probe-") as tmp, \\
        open_services(RunConfig(name="bench"), Path(tmp)) as svc:
    tasks = [svc.bench.task(i) for i in svc.bench.split(split)]
    start = time.perf_counter()
    svc.harness.evaluate(Path("agents_archive/seed").resolve(), tasks, "probe", workers)
    wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "tasks": len(tasks)}))
"""


def ledger_model_s(path: Path) -> dict[str, float]:
    """Model seconds (the gateway's latency) per task run, keyed by its attempt id."""
    model: dict[str, float] = {}
    if not path.exists():
        return model
    for line in path.read_text().splitlines():
        entry = json.loads(line)
        model[entry["attempt_id"]] = model.get(entry["attempt_id"], 0.0) + entry["latency_s"]
    return model
