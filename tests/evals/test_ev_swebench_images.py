"""Which instance images are present, how to get the missing ones, and validate around them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ev_fixtures import swebench_instance

from evals import load_benchmark
from evals.validate import check_images
from sandbox.errors import how_to_get, image_missing

MISSING_ID = "acme__calcpkg-2"
MISSING_IMAGE = "sweb.eval.x86_64.acme_1776_calcpkg-2:latest"  # the default template's name
HUB_IMAGE = f"swebench/{MISSING_IMAGE}"


def write_instances(path: Path, record: dict[str, Any], image: str) -> Path:
    """Two instances: the first in `image`, the second in SWE-bench's default name (absent)."""
    rows = [record | {"image": image}, record | {"instance_id": MISSING_ID}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def dgm(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True)


def test_images_are_sorted_into_present_and_missing(tmp_path: Path) -> None:
    from ev_fixtures import make_swebench_repo

    path = write_instances(tmp_path / "i.jsonl", make_swebench_repo(tmp_path / "repo"), "env:1")
    bench = load_benchmark(f"swebench:{path}")
    tasks = [bench.task(i) for i in bench.ids]
    asked: list[str] = []
    images = check_images(tasks, lambda image: asked.append(image) or image == "env:1")
    assert sorted(asked) == ["env:1", MISSING_IMAGE]  # each image asked once
    assert images.to_dict() == {"present": ["env:1"], "missing": [
        {"instance_id": MISSING_ID, "image": MISSING_IMAGE,
         "how": how_to_get(MISSING_IMAGE, MISSING_ID)}]}
    skipped = images.not_validated()[MISSING_ID]
    assert not skipped.valid and not skipped.validated and MISSING_IMAGE in skipped.problems[0]


def test_how_to_get_a_swebench_image() -> None:
    how = how_to_get(MISSING_IMAGE, MISSING_ID)
    assert f"`docker pull {HUB_IMAGE} && docker tag {HUB_IMAGE} {MISSING_IMAGE}`" in how
    assert "dgm bench build-image" in how and "Instance images" in how
    assert f"swebench images build TASK_REPO -i {MISSING_ID}" in how
    assert how_to_get(HUB_IMAGE).startswith(f"`docker pull {HUB_IMAGE}` where Docker Hub")
    assert how_to_get("acme/env:3").startswith("`docker pull acme/env:3` where a registry")


def test_a_missing_image_says_how_to_get_it_in_one_line() -> None:
    error = image_missing(MISSING_IMAGE)
    assert "\n" not in str(error) and MISSING_IMAGE in str(error)
    assert error.fix == how_to_get(MISSING_IMAGE)
    # The project's own images are built, not pulled.
    for ours in ("dgm-sandbox:offline-0123", "dgm-sandbox-base:bookworm-0123"):
        assert image_missing(ours).fix == "run `dgm sandbox build`"


@pytest.fixture(scope="module")
def instances(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
              ) -> Iterator[tuple[Path, str]]:
    """(instances file, present image): one instance in an image built here, one in none."""
    root = tmp_path_factory.mktemp("swe-images")
    with swebench_instance(root, sandbox_image, "dgm-test-swebench-images") as (_, record, tag):
        yield write_instances(root / "two.jsonl", record, tag), tag


@pytest.mark.docker
def test_validate_lists_images_and_skips_the_missing(instances: tuple[Path, str]) -> None:
    path, tag = instances
    done = dgm("bench", "validate", f"swebench:{path}", "--json")
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert out["images"]["present"] == [tag]
    assert [(m["instance_id"], m["image"]) for m in out["images"]["missing"]] == [
        (MISSING_ID, MISSING_IMAGE)]
    assert f"docker pull {HUB_IMAGE}" in out["images"]["missing"][0]["how"]
    by_id = {t["task_id"]: t for t in out["tasks"]}
    assert by_id["acme__calcpkg-1"]["valid"], by_id["acme__calcpkg-1"]
    assert by_id["acme__calcpkg-1"]["validated"]
    skipped = by_id[MISSING_ID]
    assert not skipped["valid"] and not skipped["validated"] and skipped["untouched"] is None
    assert out["summary"]["not_validated"] == [MISSING_ID]
    assert out["summary"]["invalid"] == [MISSING_ID]


@pytest.mark.docker
def test_validate_table_and_grade_name_the_missing_image(instances: tuple[Path, str],
                                                         tmp_path: Path) -> None:
    path, tag = instances
    done = dgm("bench", "validate", f"swebench:{path}")
    assert done.returncode == 1, done.stderr
    assert "environment images: 1 present, 1 missing (their tasks are not validated)" in done.stdout
    assert f"present  {tag}" in done.stdout and f"MISSING  {MISSING_IMAGE}" in done.stdout
    assert f"NOT VALIDATED {MISSING_ID}" in done.stdout and "Traceback" not in done.stderr
    patch = tmp_path / "empty.diff"
    patch.write_text("")
    graded = dgm("grade", "--benchmark", f"swebench:{path}", "--task", MISSING_ID,
                 "--patch", patch)
    assert graded.returncode == 2, graded.stderr
    lines = graded.stderr.strip().splitlines()
    assert len(lines) == 1 and MISSING_IMAGE in lines[0] and f"docker pull {HUB_IMAGE}" in lines[0]
