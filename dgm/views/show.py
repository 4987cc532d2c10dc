"""`dgm show`: one agent's record, parent, per-task results, cost and diff against its parent."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from agents_archive import AgentRecord
from agents_archive.parts import PARTS, only_part
from dgm.evolution.attempt import EvalResult, TaskResult
from dgm.gateway.ledger import UsageEntry
from dgm.run.usage import usage_totals
from dgm.views.attempts import DUPLICATE, attempt_outcomes, journal_wall_s, result_wall_s
from dgm.views.lineage import interval_text, one_line, score_text
from dgm.views.parts import NAMES, changed_files, origin_of, parts_of, scores_from, show_rows
from dgm.views.rundata import RunView, read_json_quiet, record_iteration

SHOW_VERSION = 1
TASK_FIELDS = ("task_id", "repeat", "resolved", "empty_patch", "patch_applied", "timed_out",
               "agent_s", "tokens", "usd", "error")


def saved_results(run: RunView, record: AgentRecord) -> list[TaskResult] | None:
    """The task results of the agent's saved evaluation; None when missing or unreadable."""
    raw = run.evaluation(record)
    if raw is None:
        return None
    try:
        return EvalResult.from_dict(raw).results
    except (TypeError, ValueError, KeyError, AttributeError):
        return None  # a damaged file: the record's results stand in


def task_rows(run: RunView, record: AgentRecord) -> tuple[list[dict[str, Any]], str]:
    """Per-task results and where they came from: the saved evaluation, else the record."""
    results = saved_results(run, record)
    if results is not None:
        return [{k: getattr(r, k) for k in TASK_FIELDS} for r in results], "evaluation"
    rows = [{"task_id": task, "repeat": 0, "resolved": _passed(value)}
            for task, value in record.results.items()]
    return rows, "record"


def usage_by_attempt(run: RunView) -> dict[str, dict[str, dict[str, float]]]:
    """Ledger totals per attempt (its task runs included) and role: calls, tokens, usd."""
    groups: dict[str, dict[str, list[UsageEntry]]] = {}
    for entry in run.usage:
        roles = groups.setdefault(entry.attempt_id.split("/", 1)[0], {})
        roles.setdefault(entry.role, []).append(entry)
    return {attempt: {role: asdict(usage_totals(entries)) for role, entries in roles.items()}
            for attempt, roles in groups.items()}


def cost_of(record: AgentRecord, by_attempt: dict[str, Any]) -> dict[str, Any]:
    """The agent's recorded cost, and the ledger's calls for its attempt by role."""
    attempt = str(record.extra.get("attempt_id", ""))
    return {"usd": record.cost_usd, "tokens": record.tokens,
            "by_role": by_attempt.get(attempt, {}) if attempt else {}}


def versus_parent(record: AgentRecord, parent: AgentRecord | None) -> dict[str, Any] | None:
    """Score change and tasks gained and lost against the parent, over tasks both were scored on."""
    if parent is None:
        return None
    mine, theirs = resolved_by_task(record), resolved_by_task(parent)
    both = [t for t in mine if t in theirs]
    delta = None if record.score is None or parent.score is None else \
        round(record.score - parent.score, 6)
    return {"parent": parent.id, "parent_score": parent.score, "score_delta": delta,
            "gained": [t for t in both if mine[t] and not theirs[t]],
            "lost": [t for t in both if theirs[t] and not mine[t]], "compared": len(both)}


def resolved_by_task(record: AgentRecord) -> dict[str, bool]:
    """Whether the agent resolved each task it was scored on, from its record."""
    return {str(task): _passed(value) for task, value in record.results.items()}


def attempt_facts(run: RunView, record: AgentRecord,
                  by_attempt: dict[str, Any]) -> dict[str, Any]:
    """The attempt that made the agent: its wall time (journal, else result.json) and cost."""
    attempt = str(record.extra.get("attempt_id") or "")
    wall, source = (journal_wall_s(run.events, attempt) if attempt else None), "journal"
    folder = run.attempt_dir(attempt)
    if wall is None and folder is not None:
        wall, source = result_wall_s(read_json_quiet(folder / "result.json")), "attempt files"
    ledger = by_attempt.get(attempt, {}).values()
    usd, tokens, cost_source = record.cost_usd, record.tokens, "record"
    if not usd and ledger:
        usd = round(sum(r["usd"] for r in ledger), 6)
        tokens, cost_source = sum(int(r["tokens"]) for r in ledger), "ledger"
    return {"id": attempt or None, "wall_s": wall, "wall_source": source if wall is not None
            else None, "usd": usd, "tokens": tokens, "cost_source": cost_source}


def duplicated_by(run: RunView, record: AgentRecord) -> list[str]:
    """The attempts whose child had this agent's source exactly, so added nothing."""
    return [attempt for attempt, o in attempt_outcomes(run.events).items()
            if o.kind == DUPLICATE and o.agent == record.id]


def parent_diff(run: RunView, record: AgentRecord) -> str:
    """The agent's source diff against its parent ('' for the seed)."""
    return run.archive.diff(record.parent, record.id) if record.parent else ""


def agent_view(run: RunView, agent: str) -> dict[str, Any]:
    """Everything `dgm show` says about one agent, JSON-ready: the record's fields and more."""
    record = run.record(agent)
    parent = run.by_id.get(record.parent) if record.parent else None
    tasks, source = task_rows(run, record)
    by_attempt = usage_by_attempt(run)
    return {**record.to_dict(), "v": SHOW_VERSION, "run": run.name,
            "simulated": run.simulated, "iteration": record_iteration(record),
            "parent_agent": _brief(parent) if parent else None,
            "children": [_brief(r) for r in run.records if r.parent == record.id],
            "tasks": tasks, "tasks_source": source, "cost": cost_of(record, by_attempt),
            "diff": parent_diff(run, record), "vs_parent": versus_parent(record, parent),
            "attempt": attempt_facts(run, record, by_attempt),
            "duplicated_by": duplicated_by(run, record), "warnings": run.warnings,
            "parts": parts_of(record), "changed_files": changed_files(record),
            "scores_from": scores_from(record), "origin": origin_of(record)}


def delta_text(vs: dict[str, Any] | None) -> str:
    """'+0.200 vs parent 0.400' (or '- vs parent -' when a score is missing)."""
    if vs is None:
        return "-"
    delta = "-" if vs["score_delta"] is None else f"{vs['score_delta']:+.3f}"
    return f"{delta} vs parent {score_text(vs['parent_score'])}"


def wall_text(seconds: float | None) -> str:
    """'12.3 s', '4m05s', '1h02m' or '-'."""
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}m{secs:02d}s" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}m"


def _brief(record: AgentRecord) -> dict[str, Any]:
    return {"id": record.id, "score": record.score, "status": record.status,
            "iteration": record_iteration(record), "summary": one_line(record.summary)}


def _passed(value: object) -> bool:
    if isinstance(value, dict):
        return bool(value.get("resolved"))
    return value is True


def render_show(view: dict[str, Any], console: Any) -> None:
    """Print an agent_view for a person (rich; plain text when piped)."""
    from rich.text import Text  # heavy: rich

    rec = view
    if view["simulated"]:
        console.print("[yellow]simulated model (toy): results are a simulation[/yellow]")
    for key, value in _header_rows(view):
        console.print(Text(f"{key + ':':<12}{value}"), soft_wrap=True)
    if rec["problem_statement"]:
        console.print("\n[bold]problem statement[/bold]")
        console.print(Text(rec["problem_statement"].rstrip()))
    console.print(f"\n[bold]tasks[/bold] [dim](from the {view['tasks_source']})[/dim]")
    console.print(_task_table(view["tasks"]))
    _print_diff(view, console)


def _header_rows(view: dict[str, Any]) -> list[tuple[str, str]]:
    rec, parent, cost, vs = view, view["parent_agent"], view["cost"], view["vs_parent"]
    resolved = sum(bool(t.get("resolved")) for t in view["tasks"])
    parent_text = (f"{parent['id']} ({score_text(parent['score'])}, {parent['status']})"
                   if parent else "- (seed agent)")
    roles = ", ".join(f"{role} ${c['usd']:.4f}/{c['tokens']:,} tok{_cached(c)}/{c['calls']} calls"
                      for role, c in sorted(cost["by_role"].items()))
    return [("agent", rec["id"]), ("parent", parent_text),
            ("iteration", f"{view['iteration']} (depth {rec['generation']})"),
            ("status", rec["status"]),
            ("score", score_text(rec["score"]) + interval_text(rec.get("score_interval"))
             + (f" ({delta_text(vs)})" if vs else "") + ("" if rec.get("complete") is not False
                                                      else " (stopped at a stage bar)")),
            ("held-out", score_text(rec.get("heldout_score"))
             + interval_text(rec.get("heldout_interval"))
             + ("" if rec.get("heldout_score") is not None else " (not scored on it)")),
            *show_rows(view),
            ("tasks", f"{resolved}/{len(view['tasks'])} resolved"),
            *([("vs parent", _gained_lost(vs))] if vs else []),
            ("cost", f"${cost['usd']:.4f}, {cost['tokens']:,} tokens"),
            ("by role", roles or "-"), ("attempt", _attempt_text(view["attempt"])),
            *([("duplicates", ", ".join(view["duplicated_by"]) + " (attempts whose child "
                "was this agent again)")] if view["duplicated_by"] else []),
            ("created", rec["created_at"] or "-"),
            ("children", ", ".join(c["id"] for c in view["children"]) or "-"),
            ("summary", one_line(rec["summary"]) or "-")]


def _cached(usage: dict[str, Any]) -> str:
    """' (3,000 cache read, 500 cache write)' of a role's usage; '' when it used no cache."""
    read, write = usage.get("cache_read_tokens", 0), usage.get("cache_write_tokens", 0)
    return f" ({read:,} cache read, {write:,} cache write)" if read or write else ""


def _gained_lost(vs: dict[str, Any]) -> str:
    """'gained a, b; lost c (of 4 tasks both were scored on)'."""
    gained, lost = ", ".join(vs["gained"]) or "-", ", ".join(vs["lost"]) or "-"
    return f"gained {gained}; lost {lost} (of {vs['compared']} tasks both were scored on)"


def _attempt_text(attempt: dict[str, Any]) -> str:
    """'g002a00: 12.3 s wall (journal), $0.0400 (record)'."""
    if not attempt["id"]:
        return "-"
    source = f" ({attempt['wall_source']})" if attempt["wall_source"] else ""
    return (f"{attempt['id']}: {wall_text(attempt['wall_s'])} wall{source}, "
            f"${attempt['usd']:.4f} ({attempt['cost_source']})")


def _task_table(tasks: list[dict[str, Any]]) -> Any:
    from rich.table import Table  # heavy: rich

    table = Table(box=None, pad_edge=False)
    for name in ("task", "rep", "outcome", "patch", "agent s", "tokens", "usd"):
        table.add_column(name, justify="right" if name in ("rep", "agent s", "tokens", "usd")
                         else "left")
    for t in tasks:
        table.add_row(str(t["task_id"]), str(t.get("repeat") or 0), outcome_text(t),
                      patch_text(t), _num(t.get("agent_s"), "{:.1f}"),
                      _num(t.get("tokens"), "{:,}"), _num(t.get("usd"), "{:.4f}"))
    return table


def outcome_text(task: dict[str, Any]) -> str:
    """resolved / failed / timed out."""
    if task.get("resolved"):
        return "resolved"
    return "timed out" if task.get("timed_out") else "failed"


def patch_text(task: dict[str, Any]) -> str:
    """What became of the agent's patch."""
    if task.get("empty_patch"):
        return "empty"
    if task.get("patch_applied") is False:
        return "did not apply"
    return "applied" if task.get("patch_applied") else "-"


def _num(value: Any, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def _print_diff(view: dict[str, Any], console: Any) -> None:
    """The diff against the parent; in a run that records parts, in two headed sections,
    the task agent's first, then the meta agent's."""
    parent = view["parent_agent"]
    if not parent:
        console.print("\n[dim]the seed agent has no parent to diff against[/dim]")
        return
    if not view.get("parts"):
        _print_patch(f"diff against parent {parent['id']}", view["diff"], console)
        return
    for part in PARTS:
        _print_patch(f"{NAMES[part]}: diff against parent {parent['id']}",
                     only_part(view["diff"], part), console)


def _print_patch(title: str, patch: str, console: Any) -> None:
    from rich.text import Text  # heavy: rich

    console.print(f"\n[bold]{title}[/bold]")
    if not patch.strip():
        console.print("[dim](no change)[/dim]")
    for line in patch.splitlines():
        style = ("green" if line.startswith("+") and not line.startswith("+++") else
                 "red" if line.startswith("-") and not line.startswith("---") else
                 "cyan" if line.startswith("@@") else "")
        console.print(Text(line, style=style), soft_wrap=True)
