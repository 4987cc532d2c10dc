"""SWE-bench instances from a local JSON or JSONL file; the user supplies the environment image."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

from evals.benchmark import Benchmark, with_hashed_heldout
from evals.patches import split_patch, touched_paths
from evals.swebench_spec import (
    DEFAULT_ENV_SETUP,
    INSTALL_HINT,
    RUNNER_REPOS,
    command_of,
    env_setup_of,
    have_swebench,
    registry,
    repo_parser,
    uses_pytest,
)
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


def _default_command(record: dict[str, Any], command: str) -> str:
    """A `{test_files}` command over the .py files the test patch touches."""
    test_files = [p for p in touched_paths(record["test_patch"]) if p.endswith(".py")]
    return command.format(test_files=" ".join(shlex.quote(f) for f in test_files))


def _available(parser: str | None, instance: str) -> str | None:
    """The parser to grade with: None (our pytest reading) for a pytest parser without the
    package; a one-line BenchmarkError for another parser without it, or an unknown name."""
    if parser is None:
        return None
    if not have_swebench():
        if uses_pytest(parser):
            return None
        raise BenchmarkError(f"instance {instance} is graded with {parser}, which needs the "
                             "swebench package", INSTALL_HINT)
    if parser not in registry():
        raise BenchmarkError(f"instance {instance}: unknown log_parser {parser!r}",
                             "use a name in swebench.harness.log_parsers.PARSER_REGISTRY")
    return parser


def how_tested(record: dict[str, Any], test_command: str | None) -> tuple[str, str, str | None]:
    """(env setup, test command, log parser) of an instance: from its eval_script when it has
    one, else pytest over the test patch's files in SWE-bench's conda environment.

    A `test_command` (the row's own field, else the loader option) replaces the command.
    """
    instance, repo = record["instance_id"], str(record.get("repo", ""))
    parser = record.get("log_parser") or repo_parser(repo)
    script = record.get("eval_script")
    if script:
        setup, command = env_setup_of(script, instance), command_of(script, instance)
    elif repo in RUNNER_REPOS or not uses_pytest(parser):
        raise BenchmarkError(f"instance {instance} of {repo} runs its tests without pytest, so it "
                             "needs its eval_script", "export the instances with SWE-bench's "
                             "eval_script and log_parser fields")
    else:
        setup, command = DEFAULT_ENV_SETUP, _default_command(record, DEFAULT_TEST_COMMAND)
    override = record.get("test_command") or test_command
    if override:
        command = _default_command(record, override)
    return setup, command, _available(parser, instance)


def make_task(record: dict[str, Any], benchmark: str, template: str, images: dict[str, str],
              repo_path: str, test_command: str | None, timeout_s: float) -> Task:
    """One instance as a Task graded the SWE-bench way (named tests must pass)."""
    missing = [k for k in REQUIRED if k not in record]
    if missing:
        raise BenchmarkError(f"instance {record.get('instance_id', '?')} lacks {missing}",
                             "export instances with the standard SWE-bench fields")
    env_setup, command, parser = how_tested(record, test_command)
    return Task(
        id=record["instance_id"], benchmark=benchmark, language="python",
        instructions=record["problem_statement"], repo_dir=None, test_command=command,
        timeout_s=timeout_s, hidden_tests_target=".", solution_patch=record["patch"],
        difficulty=_difficulty(record), hidden_tests_patch=record["test_patch"],
        image=_image(record, template, images), repo_path=repo_path, env_setup=env_setup,
        log_parser=parser,
        # The repository at its base commit is the workspace (without its git history); the
        # test patch and the gold patch live only on this record.
        visible_paths=["**"],
        fail_to_pass=_tests(record["FAIL_TO_PASS"]), pass_to_pass=_tests(record["PASS_TO_PASS"]),
        env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": ""},  # the instance's environment is trusted
        metadata={k: record[k] for k in ("repo", "base_commit", "version", "created_at",
                                         "eval_type") if k in record} | {"kind": "bugfix"})


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
                  test_command: str | None = None, timeout_s: float | str = 1800.0,
                  name: str | None = None,
                  heldout_fraction: float | str | None = None) -> Benchmark:
    """Instances from `path`; `image` is a template over instance fields, `images` a map;
    `test_command` (a `{test_files}` template) replaces each instance's own.

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
