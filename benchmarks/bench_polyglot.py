"""Polyglot grading: seconds per task per language, and the size of the polyglot image variant.

Grades each exercise's reference solution (a passing run, the common case at the end of a
task) in a fresh sandbox, as evaluation does, and prints per language the median of the whole
grade (sandbox, patch, tests) and of the test command alone. The exercises are the bundled
ones (tests/evals/data/polyglot), or up to PER_LANGUAGE of each language of a checkout named by
DGM_POLYGLOT_CHECKOUT. Run with `python -m benchmarks polyglot`; builds the variant if missing.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "evals" / "data" / "polyglot"
PER_LANGUAGE = 3


def _image_mb(tag: str) -> float:
    from sandbox.client import client_for

    with client_for(None) as client:
        return float(client.api.inspect_image(tag)["Size"]) / 1e6


def main() -> None:
    from evals import load_benchmark
    from evals.grading import grade_patch
    from evals.polyglot import LANGUAGES
    from sandbox import ensure_image

    start = time.perf_counter()
    variant = ensure_image(variant="polyglot")
    built = time.perf_counter() - start
    default = ensure_image()
    size, base = _image_mb(variant), _image_mb(default)
    print(f"polyglot image: {size:,.0f} MB ({size / base:.1f}x the default image's "
          f"{base:,.0f} MB); ensure_image took {built:.1f} s (0 when already built)")
    root = Path(os.environ.get("DGM_POLYGLOT_CHECKOUT") or DATA)
    with tempfile.TemporaryDirectory(prefix="dgm-bench-polyglot-") as tmp:
        bench = load_benchmark(f"polyglot:{root}", cache_dir=tmp, heldout_fraction=0)
        print(f"exercises of {root} (up to {PER_LANGUAGE} per language), reference solutions:")
        print(f"   {'language':<11} {'tasks':>5} {'grade p50 s':>11} {'tests p50 s':>11} "
              f"{'max s':>6}  all resolved")
        for lang in LANGUAGES:
            ids = [i for i in bench.ids if i.startswith(f"{lang}__")][:PER_LANGUAGE]
            if not ids:
                continue
            grades = [grade_patch(t, t.solution_patch or "", None, default)
                      for t in map(bench.task, ids)]
            total = [g.duration_s for g in grades]
            tests = [g.test_duration_s for g in grades]
            print(f"   {lang:<11} {len(ids):>5} {statistics.median(total):>11.2f} "
                  f"{statistics.median(tests):>11.2f} {max(total):>6.2f}  "
                  f"{all(g.resolved for g in grades)}")
