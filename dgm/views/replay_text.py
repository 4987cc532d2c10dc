"""`dgm replay` for a person: one line per task run, each divergence in full, the verdict."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from dgm.views.replay import DIFFERENT, DIVERGED, ReplayReport, TaskReplay


def report_lines(report: ReplayReport) -> list[str]:
    """The replay for a person: one line per task run, each divergence in full, the verdict."""
    lines = ["simulated model (toy): results are a simulation"] if report.simulated else []
    lines.append(f"replay of agent {report.agent} ({report.mode}, provider {report.provider}) "
                 f"in {report.out}")
    lines += case_lines(report.tasks, _case_text)
    return [*lines, verdict_text(report)]


def case_lines(cases: Iterable[TaskReplay], case_text: Callable[[TaskReplay], str]) -> list[str]:
    """Each case's one line (by `case_text`), then its gateway divergence in full if any."""
    lines: list[str] = []
    for case in cases:
        lines.append(case_text(case))
        if case.divergence:
            lines.append(f"         gateway:  {case.divergence}")
        if case.divergence_detail:
            lines += detail_lines(case.divergence_detail)
    return lines


def case_mark(case: TaskReplay) -> str:
    """The line's first word: 'same    ', 'DIVERGED' (exchanges) or 'DIFFERS ' (outcome)."""
    return "DIFFERS " if not case.same_outcome else "DIVERGED" if not case.same else "same    "


def served_text(case: TaskReplay) -> str:
    """'5/5 exchanges (1 up to timing noise)', or '' when nothing was recorded."""
    ex = case.exchanges
    served = f"{ex.get('served', 0)}/{ex['recorded']} exchanges" if "recorded" in ex else ""
    if ex.get("tolerated"):
        served += f" ({ex['tolerated']} up to timing noise)"
    return served


def _case_text(case: TaskReplay) -> str:
    """'same     alpha r0: archived resolved, replayed resolved  same patch  5/5 exchanges'."""
    patch = {True: "same patch", False: "other patch", None: ""}[case.same_patch]
    return (f"{case_mark(case)} {case.task_id} r{case.repeat}: archived "
            f"{_resolved(case.archived)}, replayed {_resolved(case.replayed)}  {patch}  "
            f"{served_text(case)}").rstrip()


def _resolved(values: dict[str, Any]) -> str:
    return "resolved" if values.get("resolved") else "unresolved"


def detail_lines(detail: dict[str, Any]) -> list[str]:
    """The diverging field and both of its values, whole (continuation lines indented)."""
    pad = "\n" + " " * 19
    return [f"         field:    {detail['field']} (exchange {detail['exchange']})",
            f"         recorded: {_whole(detail['recorded']).replace(chr(10), pad)}",
            f"         replayed: {_whole(detail['replayed']).replace(chr(10), pad)}"]


def _whole(value: Any) -> str:
    """A JSON value in full: strings as they are, the rest as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def verdict_text(report: ReplayReport) -> str:
    """The last line: the verdict, how many outcomes matched, and what the exit code will be."""
    same = sum(c.same_outcome for c in report.tasks)
    outcomes = f"{same}/{len(report.tasks)} outcomes as archived"
    verdict = report.verdict
    if verdict == DIFFERENT:
        text = f"DIFFERENT: {outcomes}"
    elif verdict == DIVERGED:
        diverged = sum(c.same_exchanges is False for c in report.tasks)
        text = (f"SAME OUTCOMES, DIVERGED EXCHANGES: {outcomes}, but {diverged} task run(s) "
                "left their recorded exchanges: not reproduced")
    elif report.mode == "recorded":
        text = f"identical: {outcomes}, every recorded exchange served again"
    else:
        text = f"identical: {outcomes} (live: exchanges are not compared)"
    return f"{text} ({report.seconds} s; exit {report.exit_code})"
