"""`dgm show`: one agent's record, parent, per-task results, cost and diff against its parent."""

from __future__ import annotations

from typing import Any

from agents_archive import AgentRecord
from dgm.views.lineage import one_line, score_text
from dgm.views.rundata import RunView, record_iteration

SHOW_VERSION = 1
TASK_FIELDS = ("task_id", "repeat", "resolved", "empty_patch", "patch_applied", "timed_out",
               "agent_s", "tokens", "usd", "error")


def task_rows(run: RunView, record: AgentRecord) -> tuple[list[dict[str, Any]], str]:
    """Per-task results and where they came from: the saved evaluation, else the record."""
    evaluation = run.evaluation(record)
    if evaluation is not None:
        rows = [{k: r.get(k) for k in TASK_FIELDS} for r in evaluation.get("results", [])
                if isinstance(r, dict)]
        return rows, "evaluation"
    rows = [{"task_id": task, "repeat": 0, "resolved": _passed(value)}
            for task, value in record.results.items()]
    return rows, "record"


def usage_by_attempt(run: RunView) -> dict[str, dict[str, dict[str, float]]]:
    """Ledger totals per attempt (its task runs included) and role: calls, tokens, usd."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for entry in run.usage:
        roles = out.setdefault(entry.attempt_id.split("/", 1)[0], {})
        row = roles.setdefault(entry.role, {"calls": 0, "tokens": 0, "usd": 0.0})
        row["calls"] += 1
        row["tokens"] += entry.tokens
        row["usd"] = round(row["usd"] + entry.usd, 6)
    return out


def cost_of(record: AgentRecord, by_attempt: dict[str, Any]) -> dict[str, Any]:
    """The agent's recorded cost, and the ledger's calls for its attempt by role."""
    attempt = str(record.extra.get("attempt_id", ""))
    return {"usd": record.cost_usd, "tokens": record.tokens,
            "by_role": by_attempt.get(attempt, {}) if attempt else {}}


def parent_diff(run: RunView, record: AgentRecord) -> str:
    """The agent's source diff against its parent ('' for the seed)."""
    return run.archive.diff(record.parent, record.id) if record.parent else ""


def agent_view(run: RunView, agent: str) -> dict[str, Any]:
    """Everything `dgm show` says about one agent, JSON-ready: the record's fields and more."""
    record = run.record(agent)
    parent = run.by_id.get(record.parent) if record.parent else None
    tasks, source = task_rows(run, record)
    return {**record.to_dict(), "v": SHOW_VERSION, "run": run.name,
            "simulated": run.simulated, "iteration": record_iteration(record),
            "parent_agent": _brief(parent) if parent else None,
            "children": [_brief(r) for r in run.records if r.parent == record.id],
            "tasks": tasks, "tasks_source": source, "cost": cost_of(record, usage_by_attempt(run)),
            "diff": parent_diff(run, record)}


def _brief(record: AgentRecord) -> dict[str, Any]:
    return {"id": record.id, "score": record.score, "status": record.status,
            "iteration": record_iteration(record), "summary": one_line(record.summary)}


def _passed(value: object) -> bool:
    if isinstance(value, dict):
        return bool(value.get("resolved"))
    return value is True


def render_show(view: dict[str, Any], console: Any) -> None:
    """Print an agent_view for a person (rich; plain text when piped)."""
    from rich.text import Text

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
    rec, parent, cost = view, view["parent_agent"], view["cost"]
    resolved = sum(bool(t.get("resolved")) for t in view["tasks"])
    parent_text = (f"{parent['id']} ({score_text(parent['score'])}, {parent['status']})"
                   if parent else "- (seed agent)")
    roles = ", ".join(f"{role} ${c['usd']:.4f}/{c['tokens']:,} tok/{c['calls']} calls"
                      for role, c in sorted(cost["by_role"].items()))
    return [("agent", rec["id"]), ("parent", parent_text),
            ("iteration", f"{view['iteration']} (depth {rec['generation']})"),
            ("status", rec["status"]), ("score", score_text(rec["score"])),
            ("tasks", f"{resolved}/{len(view['tasks'])} resolved"),
            ("cost", f"${cost['usd']:.4f}, {cost['tokens']:,} tokens"),
            ("by role", roles or "-"), ("created", rec["created_at"] or "-"),
            ("children", ", ".join(c["id"] for c in view["children"]) or "-"),
            ("summary", one_line(rec["summary"]) or "-")]


def _task_table(tasks: list[dict[str, Any]]) -> Any:
    from rich.table import Table

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
    from rich.text import Text

    parent = view["parent_agent"]
    if not parent:
        console.print("\n[dim]the seed agent has no parent to diff against[/dim]")
        return
    console.print(f"\n[bold]diff against parent {parent['id']}[/bold]")
    if not view["diff"].strip():
        console.print("[dim](no change)[/dim]")
    for line in view["diff"].splitlines():
        style = ("green" if line.startswith("+") and not line.startswith("+++") else
                 "red" if line.startswith("-") and not line.startswith("---") else
                 "cyan" if line.startswith("@@") else "")
        console.print(Text(line, style=style), soft_wrap=True)
