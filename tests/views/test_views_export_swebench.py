"""`dgm export --format swebench` files are read by SWE-bench's own harness (swebench 5.0.2)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from views_helpers import SWE_TASKS, assert_user_error, build_run, dgm

from dgm.views.export import predictions_text

# The dgm[swebench] extra, which `make test` installs: without it this fails, never skips.
harness_utils = importlib.import_module("swebench.harness.utils")


@pytest.fixture(scope="module")
def swe_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A finished synthetic run scored on SWE-bench instances."""
    root = tmp_path_factory.mktemp("export") / "swe"
    return root, build_run(root, benchmark="swebench:/data/verified.jsonl")


@pytest.mark.parametrize("name", ["preds.jsonl", "preds.json"])
def test_the_export_is_read_by_swebench(swe_run: tuple[Path, dict[str, str]], tmp_path: Path,
                                        name: str) -> None:
    root, ids = swe_run
    out = tmp_path / name
    done = dgm("export", root, ids["output"], "--format", "swebench", "-o", out)
    assert done.returncode == 0, done.stderr
    # The reader the harness uses (`swebench eval verified -p FILE`); offline: no dataset needed.
    preds = harness_utils.get_predictions_from_file(str(out), "SWE-bench/SWE-bench_Verified",
                                                    "test")
    assert [p["instance_id"] for p in preds] == SWE_TASKS
    assert {p["model_name_or_path"] for p in preds} == {f"dgm/synth/{ids['output']}"}
    stdout = dgm("export", root, ids["output"]).stdout
    by_id = {row["instance_id"]: row["model_patch"] for row in map(json.loads,
                                                                    stdout.splitlines())}
    assert all(p["model_patch"] == by_id[p["instance_id"]] for p in preds)
    assert all(p["model_patch"].startswith("diff --git") and "# by output" in p["model_patch"]
               for p in preds)


def test_a_name_the_harness_cannot_read_is_refused(swe_run: tuple[Path, dict[str, str]],
                                                   tmp_path: Path) -> None:
    root, ids = swe_run
    done = dgm("export", root, ids["output"], "-o", tmp_path / "preds.txt")
    assert_user_error(done, "unsupported file type '.txt'")
    assert not (tmp_path / "preds.txt").exists()


def test_json_is_a_list_and_jsonl_one_object_a_line() -> None:
    rows = [{"instance_id": "a__b-1", "model_name_or_path": "m", "model_patch": "x\ny\n"}]
    assert json.loads(predictions_text(rows, ".json")) == rows
    assert predictions_text(rows, ".jsonl").splitlines() == [json.dumps(rows[0],
                                                                        separators=(",", ":"))]
