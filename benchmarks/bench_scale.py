"""The driver's cost as the archive grows: parent selection, `dgm status` and `dgm report` on one
run grown to 100, then 1,000, then 10,000 agents.

The run is bench_views' synthetic one (real layout: agent commits, records as notes, attempt
folders, ledger, journal), grown in place. Each operation runs in a fresh process, so its peak
memory is its own; the time is the operation's, after the process imported the CLI. A CPU-time
ratio t(n) / t(n/10) well above 10 is cost growing faster than the archive.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from benchmarks.bench_views import grow_big_run, start_big_run

if TYPE_CHECKING:
    from dgm.evolution.protocols import Executor, Services

SIZES = (100, 1_000, 10_000)
OPS = ("select", "status", "report")
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Figure:
    """One operation measured at one archive size."""

    size: int
    op: str
    seconds: float  # wall time of the operation, in a process that has imported the CLI
    cpu_s: float  # CPU time of the operation, its git processes included
    peak_mib: float  # the process's peak resident memory


def measure(op: str, run: Path, out: Path, size: int) -> Figure:
    """Run `op` on `run` in a fresh process and read back its own time and peak memory."""
    sink = out / f"{op}-{size}.json"
    subprocess.run([sys.executable, "-m", "benchmarks.bench_scale", "child", op, str(run),
                    str(out), str(sink)], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    got = json.loads(sink.read_text())
    return Figure(size, op, got["seconds"], got["cpu_s"], got["peak_kib"] / 1024)


def child(op: str, run: Path, out: Path, sink: Path) -> None:
    """In the measured process: import what the operation needs, time it, report the peak."""
    call = prepare(op, run, out)
    start, cpu = time.perf_counter(), cpu_s()
    call()
    seconds, cpu = time.perf_counter() - start, cpu_s() - cpu
    sink.write_text(json.dumps({"seconds": seconds, "cpu_s": cpu, "peak_kib": peak_kib()}))


def cpu_s() -> float:
    """CPU seconds of this process and of the children it waited for (git)."""
    me, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                     resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_kib() -> int:
    """This process's own peak resident memory. Not ru_maxrss: Linux carries that across
    exec, so a child would report at least the size of the process that forked it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def prepare(op: str, run: Path, out: Path) -> Callable[[], object]:
    """The operation as a call, with its modules imported and the run opened."""
    if op == "select":
        return select_action(run)
    argv = {"status": ["status", str(run), "--json"],
            "report": ["report", str(run), "-o", str(out / "report.html")]}[op]
    return cli_action(argv)


def cli_action(argv: list[str]) -> Callable[[], object]:
    """A `dgm ARGV` call in this process, its output dropped."""
    from dgm.cli import main  # heavy: imported in the measured process only

    def call() -> None:
        with open(os.devnull, "w") as null, redirect_stdout(null):
            try:
                main(argv)
            except SystemExit as done:
                if done.code:
                    raise
    return call


def select_action(run: Path) -> Callable[[], object]:
    """The loop's parent selection for its next generation, by a driver opened on `run`."""
    # heavy: the evolution loop, imported in the measured process only
    from agents_archive import GitArchive
    from dgm.config import load_config
    from dgm.evolution.loop import Evolution
    from dgm.rundir import RunDir

    @dataclass
    class ConfigOnly:
        """What parent selection reads of the run's services: the config."""

        config: object

    services = cast("Services", ConfigOnly(load_config(run / "dgm.toml")))
    driver = Evolution(RunDir(run), services, cast("Executor", None), GitArchive.open(run))
    return lambda: driver.select_parents(10**6)


def table(figures: list[Figure]) -> list[str]:
    """size, op, wall and CPU seconds, peak MiB, and CPU growth against the size before."""
    lines = [f"{'agents':>7} {'op':<7} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9} "
             f"{'cpu / cpu(prev)':>15} {'size x':>6}"]
    before: dict[str, Figure] = {}
    for f in figures:
        prev = before.get(f.op)
        ratio = f"{f.cpu_s / prev.cpu_s:15.1f}" if prev else f"{'-':>15}"
        grown = f"{f.size / prev.size:6.0f}" if prev else f"{'-':>6}"
        lines.append(f"{f.size:>7,} {f.op:<7} {f.seconds:7.2f} {f.cpu_s:7.2f} "
                     f"{f.peak_mib:9.0f} {ratio} {grown}")
        before[f.op] = f
    return lines


def main() -> None:
    """Grow one run through SIZES and print each operation's time and peak memory."""
    figures = []
    with tempfile.TemporaryDirectory(prefix="dgm-bench-scale-") as name:
        tmp, rng = Path(name), random.Random(11)
        run = start_big_run(tmp / "run")
        for size in SIZES:
            start = time.perf_counter()
            grow_big_run(run, size, rng)
            print(f"grew the run to {size:,} agents in {time.perf_counter() - start:.1f} s",
                  flush=True)
            for op in OPS:
                figures.append(measure(op, run.root, tmp, size))
                print(f"   {op}: {figures[-1].seconds:.2f} s", flush=True)
    print("\n".join(table(figures)))
    print("(each operation in a fresh process that has imported the CLI; CPU time counts its "
          "git processes too, and is what the ratio compares, since wall time moves with the "
          "machine's load; a ratio well above 'size x' is cost growing faster than the archive)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
    else:
        main()
