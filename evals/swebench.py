"""SWE-bench instances from a local JSON or JSONL file; the user supplies the environment image."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

from evals.benchmark import Benchmark, with_hashed_heldout
from evals.patches import split_patch, touched_paths
from evals.task import TASK_ID_RE, Task
from ground.errors import BenchmarkError

# SWE-bench's own image naming; override with image=..., images=... or an "image" field.
DEFAULT_IMAGE = "sweb.eval.x86_64.{docker_id}:latest"
DEFAULT_TEST_COMMAND = "python -m pytest -rA -p no:cacheprovider {test_files}"
REQUIRED = ("instance_id", "patch", "test_patch", "problem_statement", "FAIL_TO_PASS",
            "PASS_TO_PASS")
# SWE-bench Verified's time estimates, mapped onto difficulty 1..3.
_ESTIMATES = {"<15 min fix": 1, "15 min - 1 hour": 2, "1-4 hours": 3, ">4 hours": 3}


def read_instances(path: Path) -> list[dict[str, Any]]:
    """Instances from a JSON list or a JSONL file."""
    if not path.is_file():
        raise BenchmarkError(f"SWE-bench file {path} does not exist", "give a .json or .jsonl path")
    text = path.read_text(encoding="utf-8")
    try:
        if text.lstrip().startswith("["):
            return list(json.loads(text))
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise BenchmarkError(f"{path} is not valid JSON/JSONL: {exc}", "fix the file") from None


def _tests(value: Any) -> list[str]:
    """FAIL_TO_PASS / PASS_TO_PASS: a list, or a JSON-encoded list as in the HF dataset."""
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    return [str(t) for t in value]


def docker_id(instance_id: str) -> str:
    """The instance id as SWE-bench spells it in image names."""
    return instance_id.replace("__", "_1776_").lower()


def _image(record: dict[str, Any], template: str, images: dict[str, str]) -> str:
    """The environment image of one instance."""
    if record.get("image"):
        return str(record["image"])
    if record["instance_id"] in images:
        return images[record["instance_id"]]
    fields = {k: v for k, v in record.items() if isinstance(v, str)}
    fields.update(docker_id=docker_id(record["instance_id"]),
                  repo_slug=str(record.get("repo", "")).replace("/", "__"))
    try:
        return template.format(**fields)
    except KeyError as exc:
        raise BenchmarkError(f"image template {template!r} names unknown field {exc}",
                             "use instance fields such as {instance_id} or {docker_id}") from None


def _difficulty(record: dict[str, Any]) -> int:
    """From SWE-bench Verified's estimate if present, else from the gold patch's size."""
    if record.get("difficulty") in _ESTIMATES:
        return _ESTIMATES[record["difficulty"]]
    changed = sum(1 for line in str(record["patch"]).splitlines()
                  if line[:1] in "+-" and not line.startswith(("+++", "---")))
    return 1 if changed <= 6 else 2 if changed <= 25 else 3


def make_task(record: dict[str, Any], benchmark: str, template: str, images: dict[str, str],
              repo_path: str, test_command: str, timeout_s: float) -> Task:
    """One instance as a Task graded the SWE-bench way (named tests must pass)."""
    missing = [k for k in REQUIRED if k not in record]
    if missing:
        raise BenchmarkError(f"instance {record.get('instance_id', '?')} lacks {missing}",
                             "export instances with the standard SWE-bench fields")
    test_files = [p for p in touched_paths(record["test_patch"]) if p.endswith(".py")]
    command = record.get("test_command") or test_command
    return Task(
        id=record["instance_id"], benchmark=benchmark, language="python",
        instructions=record["problem_statement"], repo_dir=None,
        test_command=command.format(test_files=" ".join(shlex.quote(f) for f in test_files)),
        timeout_s=timeout_s, hidden_tests_target=".", solution_patch=record["patch"],
        difficulty=_difficulty(record), hidden_tests_patch=record["test_patch"],
        image=_image(record, template, images), repo_path=repo_path,
        # The repository at its base commit is the workspace (without its git history); the
        # test patch and the gold patch live only on this record.
        visible_paths=["**"],
        fail_to_pass=_tests(record["FAIL_TO_PASS"]), pass_to_pass=_tests(record["PASS_TO_PASS"]),
        env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": ""},  # the instance's environment is trusted
        metadata={k: record[k] for k in ("repo", "base_commit", "version", "created_at")
                  if k in record} | {"kind": "bugfix"})


def _images_option(images: dict[str, str] | str | Path | None) -> dict[str, str]:
    """The per-instance image map: a dict, or the path of a JSON object file."""
    if images is None or isinstance(images, dict):
        return dict(images or {})
    try:
        return dict(json.loads(Path(images).expanduser().read_text()))
    except (OSError, ValueError) as exc:
        raise BenchmarkError(f"cannot read the image map {images}: {exc}",
                             "give a JSON object {instance_id: image}") from None


def load_swebench(path: Path, *, image: str = DEFAULT_IMAGE,
                  images: dict[str, str] | str | Path | None = None, repo_path: str = "/testbed",
                  test_command: str = DEFAULT_TEST_COMMAND, timeout_s: float | str = 1800.0,
                  name: str | None = None,
                  heldout_fraction: float | str | None = None) -> Benchmark:
    """Instances from `path`; `image` is a template over instance fields, `images` a map.

    A share `heldout_fraction` (default 0.2) of the instances is held out, by id hash.
    """
    records = read_instances(Path(path))
    bad = [r.get("instance_id") for r in records if not TASK_ID_RE.match(str(r.get("instance_id")))]
    if bad:
        raise BenchmarkError(f"instance ids {bad[:5]} are missing or not path-safe",
                             "every instance needs an instance_id like owner__repo-123")
    for record in records:
        if not split_patch(str(record.get("patch", ""))):
            raise BenchmarkError(f"instance {record['instance_id']} has no gold patch",
                                 "the patch field must hold a unified diff")
    by_id = {r["instance_id"]: r for r in records}
    bench_name = name or f"swebench-{Path(path).stem}"
    image_map = _images_option(images)
    return Benchmark(
        name=bench_name, description=f"SWE-bench instances from {path}", ids=list(by_id),
        splits=with_hashed_heldout(list(by_id), {}, heldout_fraction),
        load=lambda i: make_task(by_id[i], bench_name, image, image_map, repo_path,
                                 test_command, float(timeout_s)))
