"""Prompt caching: billed input tokens of the same demo run with and without cache breakpoints.

Runs configs/demo.toml (toy model, Docker sandboxes) twice with the same seed, once with
`[gateway] prompt_cache = "auto"` and once with "off", and reads both ledgers. "Billed
input tokens" are input-token equivalents at Anthropic's price ratios: uncached input
+ 1.25 x cache writes + 0.1 x cache reads. Target: "off" / "auto" >= 2, with the same
archive. To keep it to minutes the runs skip the demo's final re-evaluation of the top
agents (evaluation.top_k = 0: more task runs of the same kind); set
DGM_BENCH_CACHE_GENERATIONS to change the run's length (default 2).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from agents_archive import GitArchive
from dgm.gateway.ledger import UsageEntry
from dgm.gateway.settings import CACHE_READ_FACTOR, CACHE_WRITE_FACTOR
from dgm.run.usage import read_usage

ROOT = Path(__file__).resolve().parent.parent
MODES = ("off", "auto")
FIELDS = ("input_tokens", "cache_write_tokens", "cache_read_tokens", "output_tokens")


def billed_input(entries: list[UsageEntry]) -> float:
    """Input-token equivalents: input + 1.25 x cache writes + 0.1 x cache reads."""
    return sum(e.input_tokens + CACHE_WRITE_FACTOR * e.cache_write_tokens
               + CACHE_READ_FACTOR * e.cache_read_tokens for e in entries)


def demo_run(run_dir: Path, mode: str, generations: int) -> list[UsageEntry]:
    """A demo run with `prompt_cache = mode`; its ledger's entries."""
    cmd = [sys.executable, "-m", "dgm", "run", "--config", str(ROOT / "configs/demo.toml"),
           "--run-dir", str(run_dir), "--generations", str(generations),
           "--set", f'gateway.prompt_cache="{mode}"', "--set", "evaluation.top_k=0"]
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return read_usage(run_dir / "ledger.jsonl")


def archive_of(run_dir: Path) -> list[tuple[object, ...]]:
    """The archive's agents as (id, parent, score, status): what must not depend on caching."""
    records = GitArchive.open(run_dir / "archive.git").agents()
    return sorted((r.id, r.parent or "", r.score, r.status) for r in records)


def by_role(entries: list[UsageEntry]) -> dict[str, list[UsageEntry]]:
    """The entries of each role."""
    roles: dict[str, list[UsageEntry]] = defaultdict(list)
    for entry in entries:
        roles[entry.role].append(entry)
    return dict(sorted(roles.items()))


def report(mode: str, entries: list[UsageEntry]) -> None:
    """Print one run's raw counts and billed input tokens, whole and per role."""
    counts = {f: sum(getattr(e, f) for e in entries) for f in FIELDS}
    raw = ", ".join(f"{f.removesuffix('_tokens')} {n:,}" for f, n in counts.items())
    print(f"   prompt_cache={mode}: {len(entries)} calls; {raw}; "
          f"billed input {billed_input(entries):,.0f}")
    for role, mine in by_role(entries).items():
        reads = sum(e.cache_read_tokens for e in mine)
        print(f"      {role:<14} {len(mine):>4} calls, billed input "
              f"{billed_input(mine):>12,.0f} (cache reads {reads:,})")


def main() -> None:
    generations = int(os.environ.get("DGM_BENCH_CACHE_GENERATIONS", "2"))
    billed, archives = {}, {}
    with tempfile.TemporaryDirectory(prefix="dgm-bc-") as tmp:
        for mode in MODES:
            run_dir = Path(tmp) / mode
            entries = demo_run(run_dir, mode, generations)
            report(mode, entries)
            billed[mode], archives[mode] = billed_input(entries), archive_of(run_dir)
    ratio = billed["off"] / billed["auto"] if billed["auto"] else float("inf")
    same = "same archive" if archives["off"] == archives["auto"] else "ARCHIVES DIFFER"
    print(f"   demo ({generations} generations, seed 0): billed input tokens off/auto = "
          f"{ratio:.2f}x (target >= 2); {same} ({len(archives['auto'])} agents)")


if __name__ == "__main__":
    main()
