"""The one in-memory task record every benchmark format loads into."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ground.errors import BenchmarkError

TASK_FORMAT_VERSION = 1

# Task ids become file and directory names, so they are kept path-safe.
TASK_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

_PATH_FIELDS = ("repo_dir", "hidden_tests_dir")


@dataclass
class Task:
    """One coding task: a starting repo, what the agent is told, and how it is graded."""

    id: str
    benchmark: str
    language: str
    # What the agent is told (an issue report); never contains tests or the solution.
    instructions: str
    # The pristine starting repository on the host; None when it lives inside `image`.
    repo_dir: Path | None
    # Shell command run by bash in the repo at grading time.
    test_command: str
    timeout_s: float = 120.0
    # Hidden test files, copied into `hidden_tests_target` only at grading time.
    hidden_tests_dir: Path | None = None
    # Repo-relative directory where hidden tests are copied at grading.
    hidden_tests_target: str = "tests/hidden"
    # Reference solution (unified diff, a/ b/ prefixes); never shown to the agent.
    solution_patch: str | None = None
    # 1 (easy) .. 3 (hard).
    difficulty: int = 1
    # Hidden tests given as a diff instead of files (SWE-bench's test_patch).
    hidden_tests_patch: str | None = None
    # Environment image for the sandbox; None means the project's sandbox image.
    image: str | None = None
    # The variant of the project's image the task needs (`polyglot`: the toolchains of Aider's
    # polyglot benchmark), None for the image the run uses; tasks with `image` ignore it.
    sandbox_variant: str | None = None
    # Where the repo is inside the sandbox (/workspace, or e.g. /testbed in an instance image).
    repo_path: str = "/workspace"
    # Shell lines that activate the environment of `image` (SWE-bench's `source
    # /opt/miniconda3/bin/activate; conda activate testbed`): the agent's commands and the
    # test command run with the variables they set.
    env_setup: str = ""
    # How the test output is read: the name of a parser of the `swebench` package
    # (`parse_log_django`, ...), or None for our own reading of pytest's JUnit report and -rA lines.
    log_parser: str | None = None
    # What the agent's workspace holds: an allow-list of repo-relative globs (`**` spans
    # directories) over the starting repo, declared by each adapter; nothing else reaches the
    # agent. The default, the whole repo, is the native format's meaning of `repo/`.
    visible_paths: list[str] = field(default_factory=lambda: ["**"])
    # Repo-relative globs whose changes are dropped from a patch before grading.
    protected_paths: list[str] = field(default_factory=list)
    # Test ids that must pass for the task to count as resolved (SWE-bench style); when
    # both are empty, every collected test must pass instead.
    fail_to_pass: list[str] = field(default_factory=list)
    pass_to_pass: list[str] = field(default_factory=list)
    # Most processes and threads the task's tests run at once, when more than the sandbox's
    # `pids` limit (tests that start a thread per transaction): its sandboxes get this limit.
    pids: int | None = None
    # Extra environment for the test command (overrides the grader's defaults).
    env: dict[str, str] = field(default_factory=dict)
    # Free-form facts: kind (bugfix/feature/refactor), title, source record fields.
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.timeout_s = float(self.timeout_s)
        if not TASK_ID_RE.match(self.id):
            raise BenchmarkError(f"task id {self.id!r} is not path-safe",
                                 "use letters, digits, '.', '_' and '-' only")
        if self.difficulty not in (1, 2, 3):
            raise BenchmarkError(f"task {self.id}: difficulty must be 1, 2 or 3",
                                 f"fix difficulty = {self.difficulty!r}")
        _check_toy_table(self.id, self.metadata.get("toy"))

    @property
    def kind(self) -> str:
        """bugfix, feature or refactor, when the benchmark says so."""
        return str(self.metadata.get("kind", ""))

    @property
    def features(self) -> list[str]:
        """The toy world's features of the task (task.toml `[toy] features`); none when absent."""
        toy = self.metadata.get("toy")
        return [str(name) for name in toy.get("features", [])] if isinstance(toy, dict) else []

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict carrying the format version."""
        data = asdict(self)
        for name in _PATH_FIELDS:
            value = getattr(self, name)
            data[name] = str(value) if value is not None else None
        return {"format_version": TASK_FORMAT_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Task:
        """Rebuild a task from `to_dict` output."""
        version = data.get("format_version")
        if version != TASK_FORMAT_VERSION:
            raise BenchmarkError(f"task record format {version!r} is not supported",
                                 f"expected format_version {TASK_FORMAT_VERSION}")
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        for name in _PATH_FIELDS:
            if kwargs.get(name) is not None:
                kwargs[name] = Path(kwargs[name])
        return cls(**kwargs)


def _check_toy_table(task_id: str, toy: Any) -> None:
    """A task.toml `[toy]` table, if any, lists its features as names."""
    if toy is None:
        return
    features = toy.get("features", []) if isinstance(toy, dict) else None
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        raise BenchmarkError(f"task {task_id}: [toy] features must be a list of feature names",
                             'write it as [toy] features = ["big_module", "noisy_tests"]')
