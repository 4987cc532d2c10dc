"""Progress series, `dgm plot`, `dgm compare` and `dgm export`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from views_helpers import SWE_TASKS, assert_user_error, build_run, dgm

from dgm.views.progress import progress
from dgm.views.rundata import RunView

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_progress_series_per_iteration(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    prog = progress(RunView(root))
    assert prog.iterations == [0, 1, 2, 3]
    assert prog.best == [0.25, 0.5, 0.75, 0.75]
    assert sorted((p.iteration, p.score, p.status) for p in prog.points) == [
        (0, 0.25, "ok"), (1, 0.0, "ok"), (1, 0.5, "ok"), (2, 0.25, "rejected"), (2, 0.75, "ok"),
        (3, 0.5, "rejected")]
    assert prog.cost_source == "ledger"  # the discarded attempt's spend counts too
    assert prog.usd == pytest.approx([0.01, 0.035, 0.0725, 0.085])
    assert prog.tokens == [1000, 3500, 7250, 8500]


def test_progress_without_ledger_uses_the_records(fresh_run: tuple[Path, dict[str, str]]) -> None:
    root, _ = fresh_run
    (root / "ledger.jsonl").unlink()
    prog = progress(RunView(root))
    assert prog.cost_source == "records"
    assert prog.usd == pytest.approx([0.01, 0.06, 0.15, 0.21])


def test_plot_writes_a_png(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = synth
    out = tmp_path / "progress.png"
    result = dgm("plot", root, "-o", out)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    data = out.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 20_000
    assert_user_error(dgm("plot", root, "-o", root / "p.png"), "inside the run")
    assert_user_error(dgm("plot", tmp_path / "nope", "-o", out), "no run directory")


def test_compare_two_runs(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = synth
    other = tmp_path / "other"
    shutil.copytree(root, other)
    (other / "ledger.jsonl").write_text("")
    data = json.loads(dgm("compare", root, other, "--json").stdout)
    left, right = data["runs"]
    assert (left["best_score"], left["seed_score"], left["archive_size"]) == (0.75, 0.25, 6)
    assert left["gain"] == 0.5 and left["best_iteration"] == 2 and left["rejected"] == 2
    assert (left["generations_finished"], left["discarded"], left["attempts"]) == (3, 1, 7)
    assert left["state"] == "stopped (generations)"
    assert data["delta"]["usd"] == pytest.approx(-0.085) and data["delta"]["best_score"] == 0
    text = dgm("compare", root, other).stdout
    assert "best score" in text and "0.750" in text and "-0.085" in text


def test_export_swebench_predictions(tmp_path: Path) -> None:
    root = tmp_path / "swe"
    ids = build_run(root, benchmark="swebench:/data/verified.jsonl")
    result = dgm("export", root, ids["output"], "--format", "swebench")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["instance_id"] for r in rows] == SWE_TASKS
    assert {r["model_name_or_path"] for r in rows} == {f"dgm/synth/{ids['output']}"}
    assert all(r["model_patch"].startswith("diff --git") and "# by output" in r["model_patch"]
               for r in rows)
    out = tmp_path / "preds.jsonl"
    assert dgm("export", root, ids["output"], "-o", out).returncode == 0
    assert out.read_text() == result.stdout
    assert_user_error(dgm("export", root, ids["context"]), "no saved evaluation")


def test_export_refuses_other_benchmarks(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    assert_user_error(dgm("export", root, ids["output"]), "not on SWE-bench")
