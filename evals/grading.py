"""Grade a patch in a fresh sandbox: pristine repo, filtered diff, hidden tests, trusted parsing."""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from evals import results as R
from evals.isolation import grader_env, guarded_modules
from evals.patches import filter_patch, split_patch
from evals.swebench_spec import POLYGLOT_PARSER, parse_output
from evals.task import Task
from evals.workspace import (
    StepFailed,
    apply_patch,
    grader_tree,
    install_hidden_tests,
    protected_patterns,
    setup_repo,
)
from ground.errors import BenchmarkError
from ground.noise import steady_tail
from ground.phases import phase
from ground.socketdirs import owned_temp_dir
from sandbox import SandboxConfig, open_sandbox
from sandbox.image import variant_image
from sandbox.prepared import Prepared

GRADE_FORMAT_VERSION = 1
TAIL_CHARS = 4000
LIST_LIMIT = 50
# Statuses that count as passing a named test (SWE-bench counts an expected failure as a pass).
_NAMED_PASS = {R.PASSED, R.XFAIL}


@dataclass(frozen=True)
class GradeResult:
    """The verdict on one patch for one task, with the facts behind it."""

    task_id: str
    benchmark: str
    resolved: bool = False
    empty_patch: bool = False
    patch_applied: bool = False
    apply_method: str | None = None
    dropped_paths: list[str] = field(default_factory=list)  # protected changes not graded
    timed_out: bool = False
    exit_code: int | None = None
    tests_passed: int = 0
    tests_failed: int = 0  # failures and errors
    tests_skipped: int = 0  # skipped, xfail and xpass
    failed_tests: list[str] = field(default_factory=list)
    missing_tests: list[str] = field(default_factory=list)  # required tests that did not pass
    output_tail: str = ""
    duration_s: float = 0.0
    test_duration_s: float = 0.0
    error: str | None = None  # why tests did not run or could not be judged
    format_version: int = GRADE_FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict carrying the format version."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GradeResult:
        """Rebuild from `to_dict` output."""
        if data.get("format_version") != GRADE_FORMAT_VERSION:
            raise BenchmarkError(f"grade record format {data.get('format_version')!r} unsupported",
                                 f"expected format_version {GRADE_FORMAT_VERSION}")
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TestRun:
    """What the test command did, from two channels: the JUnit report and the output's lines
    (pytest's -rA lines, or what the task's log parser reads in it)."""

    exit_code: int | None
    timed_out: bool
    output: str
    truncated: bool  # the sandbox kept only the head and tail of the output
    junit: dict[str, str] | None  # None when no report was written
    lines: dict[str, str]
    duration_s: float

    @property
    def statuses(self) -> dict[str, str]:
        """Both channels merged; where they disagree the worse status wins."""
        return R.merge_into(dict(self.lines), self.junit or {})


@dataclass(frozen=True)
class Setting:
    """Where a task is graded: its sandbox's config, the pristine repo on the host, and the
    variables of the image's activated environment."""

    config: SandboxConfig
    source: Path | None
    env: dict[str, str]


def setting(task: Task, sandbox_config: SandboxConfig | None) -> Setting:
    """For a repo inside an environment image: a writable volume at its `repo_path`, the repo
    copied out of the image, and the environment its setup activates."""
    config = with_pids(sandbox_config or SandboxConfig(), task.pids)
    if task.repo_dir is not None:
        return Setting(config, None, {})
    from evals.envimage import environment, pristine_repo, work_tree_config  # heavy: docker

    if task.image is None:
        raise BenchmarkError(f"task {task.id} has neither a repo nor an image",
                             "give the task an environment image")
    return Setting(work_tree_config(config, grader_tree(task)), pristine_repo(task, config),
                   environment(task, config))


def with_pids(config: SandboxConfig, pids: int | None) -> SandboxConfig:
    """`config` allowing at least `pids` processes (a task's own need), never fewer."""
    return replace(config, pids=max(config.pids, pids)) if pids else config


def sandbox_image(task: Task, image: str | None) -> str | None:
    """The image a task runs in: its environment image, the image variant it needs (unless
    `image` is that variant), or `image` (None: the default sandbox image)."""
    if task.image is not None:
        return task.image
    if task.sandbox_variant is not None:
        return variant_image(task.sandbox_variant, image)
    return image


def grade_patch(task: Task, patch: str, sandbox_config: Any = None, image: str | None = None,
                *, run_id: str = "grade", labels: dict[str, str] | None = None,
                sandboxes: Prepared | None = None) -> GradeResult:
    """Grade `patch` (a unified diff) against the task's hidden tests in a fresh sandbox (from
    `sandboxes` when given: made ahead of need, removed behind)."""
    start = time.monotonic()
    result = GradeResult(task_id=task.id, benchmark=task.benchmark, empty_patch=not patch.strip())
    if patch.strip() and not split_patch(patch):
        return replace(result, error="patch is not a unified diff")
    sandbox_labels = {"dgm.role": "grader", **(labels or {})}
    where = setting(task, sandbox_config)
    opener = sandboxes.open if sandboxes else open_sandbox
    with opener(where.config, image=sandbox_image(task, image), run_id=run_id,
                labels=sandbox_labels) as sb:
        result = _grade_in(sb, task, patch, result, where)
    return replace(result, duration_s=round(time.monotonic() - start, 3))


def _grade_in(sb: Any, task: Task, patch: str, result: GradeResult,
              where: Setting) -> GradeResult:
    """Set up, filter and apply, install hidden tests, run them and judge: `result` filled in."""
    try:
        with phase("repo setup"):
            setup_repo(sb, task, where.source)
        with phase("guarded modules"):
            modules = guarded_modules(sb, task, where.env)
    except StepFailed as exc:
        raise BenchmarkError(f"task {task.id}: {exc}", "check the task's repo") from None
    protected = protected_patterns(task)
    filtered = filter_patch(patch, protected, modules)
    with phase("patch apply"):
        outcome = apply_patch(sb, filtered.text, protected, modules, grader_tree(task))
    with phase("hidden tests install"):
        error = outcome.error or install_hidden_tests(sb, task)
    result = replace(
        result, patch_applied=outcome.applied, apply_method=outcome.method,
        dropped_paths=list(dict.fromkeys(filtered.dropped_paths + outcome.restored_paths)),
        error=error)
    if not outcome.applied or result.error:
        return result
    with phase("tests"):
        run = run_tests(sb, task, where.env)
    return judge(task, run, result)


def run_tests(sb: Any, task: Task, env: dict[str, str] | None = None) -> TestRun:
    """Run the task's test command in the repo, in the image's activated environment `env`,
    with a report written where only the grader looks."""
    report_dir = f"/tmp/dgm-report-{secrets.token_hex(8)}"
    report = f"{report_dir}/report.xml"
    # A log parser reads the output as SWE-bench's harness has it: both streams, interleaved.
    command = f"exec 2>&1\n{task.test_command}" if task.log_parser else task.test_command
    res = sb.exec(["bash", "-c", command], timeout=task.timeout_s, workdir=grader_tree(task),
                  env=grader_env(sb, task, report_dir, env))
    output = (res.stdout or "") + (res.stderr or "")
    junit = None
    with owned_temp_dir("report") as tmp:
        xml = Path(tmp, "report.xml")
        if sb.get(report, Path(tmp)) and xml.is_file():
            junit = R.parse_junit(xml.read_text(errors="replace"))
    known = [*(junit or {}), *task.fail_to_pass, *task.pass_to_pass]
    lines = (parse_output(task, output) if task.log_parser
             else R.parse_report_lines(output, known))
    return TestRun(res.exit_code, res.timed_out, output, bool(res.truncated), junit, lines,
                   res.duration_s)


def judge(task: Task, run: TestRun, result: GradeResult) -> GradeResult:
    """`result` with the counts and the verdict of a test run."""
    statuses = run.statuses
    counts = R.count(statuses)
    result = replace(
        result, exit_code=run.exit_code, timed_out=run.timed_out,
        test_duration_s=round(run.duration_s, 3), output_tail=steady_tail(run.output, TAIL_CHARS),
        tests_passed=counts.get(R.PASSED, 0),
        tests_failed=counts.get(R.FAILED, 0) + counts.get(R.ERROR, 0),
        tests_skipped=sum(counts.get(s, 0) for s in (R.SKIPPED, R.XFAIL, R.XPASS)),
        failed_tests=[t for t, s in statuses.items() if s in (R.FAILED, R.ERROR)][:LIST_LIMIT])
    required = [*task.fail_to_pass, *task.pass_to_pass]
    if required:
        missing = [t for t in required if statuses.get(t) not in _NAMED_PASS]
        error = _silent_failure(task, run, statuses)
        # Polyglot's named tests are those its scanners find; any other test of the run (a
        # computed title) must pass too, and the runner must say so.
        whole = not task.log_parser or not task.log_parser.startswith(POLYGLOT_PARSER) or (
            run.exit_code == 0 and result.tests_failed == 0)
        return replace(result, missing_tests=missing[:LIST_LIMIT], error=error,
                       resolved=not run.timed_out and not missing and error is None and whole)
    error = untrusted_run(task, run) if not task.log_parser else (
        None if statuses else _silent_failure(task, run, statuses) or "the output names no test")
    return replace(result, error=error, resolved=(
        error is None and not run.timed_out and run.exit_code == 0
        and all(s == R.PASSED for s in statuses.values())))


def _silent_failure(task: Task, run: TestRun, statuses: dict[str, str]) -> str | None:
    """For output read by a log parser (which code under test can print to): the command failed
    while its output reports no failing test, so the output is not the run's (as SWE-bench)."""
    if not task.log_parser or run.exit_code in (0, None) or run.timed_out:
        return None
    if any(s in (R.FAILED, R.ERROR) for s in statuses.values()):
        return None
    return (f"the test command exited {run.exit_code} but its output reports no failing test "
            "(the tests did not build, or the output is not the test run's)")


def untrusted_run(task: Task, run: TestRun) -> str | None:
    """Why a run's results cannot be trusted to show every test passing, or None."""
    if run.junit is None:
        return "the test run wrote no report"
    if not run.junit:
        return "the report lists no tests"
    if not _hidden_tests_ran(task, run.junit):
        return "the hidden tests did not run"
    if run.truncated:
        return "the test output is too large to check against the report"
    disagree = [t for t, s in run.junit.items() if s == R.PASSED and run.lines.get(t) != R.PASSED]
    if disagree:
        return f"report and test output disagree about {disagree[:3]}"
    return None


def _hidden_tests_ran(task: Task, statuses: dict[str, str]) -> bool:
    """True when every hidden test file produced at least one test result."""
    if task.hidden_tests_dir is None:
        return True
    target = task.hidden_tests_target.strip("/")
    prefix = "" if target in ("", ".") else target + "/"
    files = [prefix + str(p.relative_to(task.hidden_tests_dir))
             for p in task.hidden_tests_dir.rglob("test*.py")]
    files += [prefix + str(p.relative_to(task.hidden_tests_dir))
              for p in task.hidden_tests_dir.rglob("*_test.py")]
    ran = {nodeid.split("::", 1)[0] for nodeid in statuses}
    return all(f in ran for f in files)


def summarize(results: list[Any]) -> dict[str, Any]:
    """Totals and the score (fraction resolved) over grade or task results."""
    total = len(results)
    resolved = sum(1 for r in results if r.resolved)
    return {"tasks": total, "resolved": resolved,
            "score": round(resolved / total, 4) if total else 0.0,
            "empty_patches": sum(1 for r in results if r.empty_patch),
            "patches_not_applied": sum(1 for r in results if not r.patch_applied),
            "timed_out": sum(1 for r in results if r.timed_out)}
