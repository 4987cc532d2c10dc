"""What a mechanism is (WORLD_DESIGN.md A.8b): its parameters, the fresh names its generated code
uses, and the record that ties a generator to a structural detector."""

from __future__ import annotations

import ast
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from dgm.toy.agent_ast import AgentIndex

EditOp = tuple[str, str | None, str]  # (path, old_str, new_str), or (path, None, file_text)
Params = dict[str, float | str]


@dataclass(frozen=True)
class Param:
    """One tunable, drawn from its range (log-uniform when `log`), or from `choices`."""

    name: str
    low: float = 0
    high: float = 0
    log: bool = False
    choices: tuple[str, ...] = ()
    integer: bool = True

    def draw(self, rng: random.Random) -> float | str:
        """A value from the range or the choices."""
        if self.choices:
            return rng.choice(self.choices)
        if self.log:
            value = math.exp(rng.uniform(math.log(self.low), math.log(self.high)))
        else:
            value = rng.uniform(self.low, self.high)
        return round(value) if self.integer else value


class Names:
    """Fresh identifiers for generated code: drawn from a small pool per kind, never one the
    agent already uses."""

    POOLS: dict[str, tuple[str, ...]] = {
        "limit": ("OUTPUT_CAP", "MAX_RESULT_CHARS", "RESULT_LIMIT", "TOOL_OUTPUT_MAX"),
        "cut": ("cap_text", "clip_output", "shorten_result", "limit_chars"),
        "turns": ("TURN_CAP", "MAX_CALLS", "CALL_BUDGET", "ROUND_LIMIT"),
        "retries": ("EMPTY_RETRIES", "NUDGE_LIMIT", "MAX_NUDGES", "RETRY_BUDGET"),
        "retry_text": ("NUDGE_TEXT", "RETRY_PROMPT", "EMPTY_DIFF_NOTE", "GO_ON_TEXT"),
        "retry_left": ("nudges_left", "retries_left", "empty_left", "pushes_left"),
        "changed": ("tree_changed", "repo_changed", "has_changes", "workdir_dirty"),
        "rounds": ("VERIFY_ROUNDS", "CHECK_ROUNDS", "TEST_PASSES", "MAX_CHECKS"),
        "rounds_left": ("checks_left", "verify_left", "passes_left", "rounds_left"),
        "failing": ("failing_tests", "red_tests", "test_failures", "suite_report"),
        "map_lines": ("MAP_LINES", "FILE_LIST_MAX", "REPO_MAP_LINES", "LISTED_FILES"),
        "with_map": ("with_file_list", "add_repo_map", "with_repo_files", "prepend_map"),
        "more_times": ("CONTINUATIONS", "MORE_PROMPTS", "PARTIAL_NUDGES", "GO_ON_LIMIT"),
        "more_text": ("CONTINUE_TEXT", "MORE_WORK_NOTE", "PARTIAL_PROMPT", "ANYTHING_LEFT"),
        "more_left": ("continues_left", "more_left", "partial_left", "go_on_left"),
        "green_min": ("GREEN_MIN_PASSED", "MIN_PASSING", "PASSED_TO_STOP", "GREEN_TESTS"),
        "green": ("tests_green", "suite_passed", "run_was_green", "all_passing"),
        "compile_lines": ("COMPILE_REPORT_LINES", "SYNTAX_LINES", "COMPILER_LINES",
                          "CHECK_LINES"),
        "compiled": ("with_compile_check", "compile_changed", "syntax_report",
                     "checked_output"),
        "diff_chars": ("DIFF_REVIEW_CHARS", "MAX_DIFF_CHARS", "REVIEW_CHARS", "DIFF_LIMIT"),
        "diff_left": ("reviews_left", "diff_left", "review_left", "diffs_left"),
        "diff": ("change_diff", "review_diff", "current_diff", "diff_report"),
        "base_lines": ("BASELINE_LINES", "BEFORE_LINES", "FIRST_RUN_LINES", "BASELINE_TAIL"),
        "with_base": ("with_baseline", "add_test_baseline", "with_tests_before",
                      "prepend_baseline"),
        "preload_chars": ("PRELOAD_CHARS", "NAMED_FILE_CHARS", "SHOWN_FILE_CHARS",
                          "PRELOAD_LIMIT"),
        "with_files": ("with_named_files", "add_named_files", "preload_named",
                       "with_file_text"),
        "summary_lines": ("SUMMARY_LINES", "KEPT_LINES", "ERROR_VIEW_LINES", "DIGEST_LINES"),
        "summary": ("error_lines", "summarize_output", "keep_errors", "digest_output"),
        "keep_rounds": ("KEEP_ROUNDS", "RECENT_RESULTS", "FRESH_ROUNDS", "KEPT_RESULTS"),
        "compact": ("compact_history", "stub_old_results", "trim_history", "shrink_history"),
        "tail_lines": ("REPORT_TAIL", "TEST_TAIL_LINES", "REPORT_LINES", "TAIL_LINES"),
        "tail": ("tail_report", "last_lines", "report_tail", "keep_tail"),
        "tests_tool": ("run_tests", "test_runner", "check_tests", "pytest_tool"),
    }

    def __init__(self, rng: random.Random, files: dict[str, str]) -> None:
        self.rng = rng
        self.taken = {n for src in files.values() for n in _identifiers(src)}

    def fresh(self, kind: str) -> str:
        """An unused name of `kind`."""
        pool = self.POOLS[kind]
        free = [n for n in pool if n not in self.taken]
        name = self.rng.choice(free) if free else f"{pool[0]}_{len(self.taken)}"
        self.taken.add(name)
        return name


def _identifiers(source: str) -> set[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    found: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            found.add(n.id)
        elif isinstance(n, ast.FunctionDef | ast.ClassDef):
            found.add(n.name)
        elif isinstance(n, ast.arg):
            found.add(n.arg)
    return found


Generator = Callable[[AgentIndex, Params, Names, str], list[EditOp]]
Detector = Callable[[AgentIndex], Params | None]


@dataclass(frozen=True)
class Mechanism:
    """A family of behaviours an improvement adds or retunes (A.8b)."""

    id: str
    family: str
    params: tuple[Param, ...]
    needs: tuple[str, ...]  # stepping stones (behaviour ids), for the diagnoser
    fixes: tuple[str, ...]  # failure codes it lowers, for the diagnoser
    variants: tuple[str, ...]  # implementation variants the generator knows
    statement: str  # English problem statement template, filled with the params
    generate: Generator
    existing: Detector

    def draw(self, rng: random.Random) -> Params:
        """Parameters drawn from their ranges."""
        return {p.name: p.draw(rng) for p in self.params}
