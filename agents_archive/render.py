"""Plain-text views of an archive: the lineage tree, one-line agents, a record."""

from __future__ import annotations

from agents_archive.record import AgentRecord


def agent_line(record: AgentRecord) -> str:
    """One agent on one line: id, generation, score, status, summary."""
    score = "-" if record.score is None else f"{record.score:.3f}"
    summary = record.summary.strip().splitlines()[0] if record.summary.strip() else ""
    return f"{record.id}  g{record.generation:<3} {score:>6}  {record.status:<9} {summary}".rstrip()


def tree_lines(records: list[AgentRecord]) -> list[str]:
    """The lineage as an indented tree, children in (generation, id) order; no recursion."""
    ordered = sorted(records, key=lambda r: (r.generation, r.id))
    known = {r.id for r in ordered}
    kids: dict[str | None, list[AgentRecord]] = {}
    for r in ordered:
        kids.setdefault(r.parent if r.parent in known else None, []).append(r)
    lines: list[str] = []
    stack = [(r, "", "") for r in reversed(kids.get(None, []))]
    while stack:
        record, lead, branch = stack.pop()
        lines.append(lead + branch + agent_line(record))
        below = kids.get(record.id, [])
        child_lead = lead + ("" if not branch else "    " if branch == "└── " else "│   ")
        for i, child in reversed(list(enumerate(below))):
            stack.append((child, child_lead, "└── " if i == len(below) - 1 else "├── "))
    return lines


def record_text(record: AgentRecord, children: list[str]) -> str:
    """A readable view of one record."""
    score = "-" if record.score is None else f"{record.score:.3f}"
    resolved = sum(1 for v in record.results.values() if _passed(v))
    rows = [("agent", record.id), ("commit", record.commit), ("parent", record.parent or "-"),
            ("generation", str(record.generation)), ("status", record.status),
            ("score", score), ("tasks", f"{resolved}/{len(record.results)} resolved"),
            ("cost", f"${record.cost_usd:.4f}, {record.tokens} tokens"),
            ("created", record.created_at or "-"), ("children", ", ".join(children) or "-"),
            ("summary", record.summary or "-")]
    text = "\n".join(f"{k + ':':<12}{v}" for k, v in rows)
    if record.problem_statement:
        problem = record.problem_statement.splitlines()
        text += "\nproblem:\n" + "\n".join("  " + line for line in problem)
    return text


def _passed(value: object) -> bool:
    """A per-task result counts as resolved when it is True or a dict saying so."""
    if isinstance(value, dict):
        return bool(value.get("resolved"))
    return value is True
