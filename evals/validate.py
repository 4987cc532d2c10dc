"""Benchmark validation: the untouched repo fails its hidden tests, the reference passes them."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from evals.benchmark import Benchmark
from evals.grading import GradeResult, grade_patch
from evals.task import Task
from ground.errors import BenchmarkError
from sandbox.client import client_for
from sandbox.errors import how_to_get
from sandbox.image.present import image_present

# The facts of a GradeResult that a validation report repeats.
_SHOWN = ("resolved", "empty_patch", "patch_applied", "timed_out", "tests_passed", "failed_tests",
          "missing_tests", "tests_failed", "dropped_paths", "error")


@dataclass
class TaskValidation:
    """Whether one task is valid, and why not."""

    task_id: str
    valid: bool
    problems: list[str] = field(default_factory=list)
    untouched: GradeResult | None = None
    reference: GradeResult | None = None
    duration_s: float = 0.0
    validated: bool = True  # False when it could not be run (its environment image is missing)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (grade facts without their output)."""
        def brief(grade: GradeResult | None) -> dict[str, Any] | None:
            return {k: getattr(grade, k) for k in _SHOWN} if grade else None

        return {"task_id": self.task_id, "valid": self.valid, "problems": self.problems,
                "untouched": brief(self.untouched), "reference": brief(self.reference),
                "duration_s": self.duration_s, "validated": self.validated}


@dataclass
class ImageCheck:
    """Which environment images of the tasks are present, and how to get the missing ones."""

    present: list[str] = field(default_factory=list)
    # One entry per task whose image is missing: {"instance_id", "image", "how"}.
    missing: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `dgm bench validate --json` reports as `images`."""
        return {"present": self.present, "missing": self.missing}

    def not_validated(self) -> dict[str, TaskValidation]:
        """The tasks that cannot be validated here, each with the reason and the fix."""
        return {m["instance_id"]: TaskValidation(
            m["instance_id"], False, [f"not validated: environment image '{m['image']}' is "
                                      f"not present; {m['how']}"], validated=False)
                for m in self.missing}


def check_images(tasks: list[Task], present: Callable[[str], bool]) -> ImageCheck:
    """Sort the tasks' own environment images into present and missing."""
    # Tasks without an image of their own run in the sandbox image, which is checked elsewhere.
    own = [t for t in tasks if t.image]
    found = {image: present(image) for image in sorted({str(t.image) for t in own})}
    missing = [{"instance_id": t.id, "image": str(t.image), "how": how_to_get(str(t.image), t.id)}
               for t in own if not found[str(t.image)]]
    return ImageCheck([i for i, ok in found.items() if ok], missing)


def local_images(tasks: list[Task]) -> ImageCheck:
    """`check_images` against the local Docker daemon (never pulls)."""
    with client_for(None) as client:
        return check_images(tasks, lambda image: image_present(client, image))


def check_untouched(grade: GradeResult) -> list[str]:
    """Problems with the untouched repo's run: it must run the tests and fail them."""
    if grade.resolved:
        return ["the untouched repo passes the hidden tests"]
    if grade.timed_out:
        return ["the untouched repo's tests time out"]
    if grade.tests_failed == 0 and not grade.missing_tests:
        return [f"the untouched repo's tests did not fail: {grade.error or 'no failures seen'}"]
    return []


def check_reference(grade: GradeResult) -> list[str]:
    """Problems with the reference solution's run: it must apply, stay clean and pass."""
    problems = []
    if grade.dropped_paths:
        problems.append(f"the reference solution touches protected paths {grade.dropped_paths}")
    if not grade.patch_applied:
        problems.append(f"the reference solution does not apply: {grade.error}")
    elif not grade.resolved:
        failing = grade.missing_tests or grade.failed_tests
        problems.append(f"the reference solution does not pass: {grade.error or failing}")
    return problems


def validate_task(task: Task, sandbox_config: Any = None, image: str | None = None,
                  run_id: str = "validate") -> TaskValidation:
    """Grade the empty patch and the reference solution, each in a fresh sandbox."""
    start = time.monotonic()
    if not task.solution_patch:
        return TaskValidation(task.id, False, ["the task has no reference solution"])
    try:
        untouched = grade_patch(task, "", sandbox_config, image, run_id=run_id)
        reference = grade_patch(task, task.solution_patch, sandbox_config, image, run_id=run_id)
    except BenchmarkError as exc:
        return TaskValidation(task.id, False, [str(exc)])
    problems = check_untouched(untouched) + check_reference(reference)
    return TaskValidation(task.id, not problems, problems, untouched, reference,
                          round(time.monotonic() - start, 3))


def validate_benchmark(bench: Benchmark, task_ids: list[str], sandbox_config: Any = None,
                       image: str | None = None, workers: int = 1,
                       on_done: Callable[[TaskValidation], None] | None = None,
                       skip: dict[str, TaskValidation] | None = None) -> list[TaskValidation]:
    """Validate tasks with `workers` at once; results in task order.

    The tasks in `skip` (e.g. `ImageCheck.not_validated()`) are not run; their entry is reported.
    """
    skip = skip or {}
    tasks = [bench.task(i) for i in task_ids if i not in skip]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(validate_task, t, sandbox_config, image) for t in tasks]
        if on_done:
            for future in futures:
                future.add_done_callback(lambda f: on_done(f.result()) if not f.exception()
                                         else None)
        done = {c.task_id: c for c in (f.result() for f in futures)}
    return [skip.get(i) or done[i] for i in task_ids]
