"""`dgm log`: an agent's ancestry up to the starting agent, one line each."""

from __future__ import annotations

from typing import Any

from agents_archive import AgentRecord
from agents_archive.render import agent_line
from dgm.views.parts import any_parts, origin_line, origin_of, tag_of
from dgm.views.rundata import RunView
from dgm.views.show import attempt_facts, delta_text, usage_by_attempt, versus_parent, wall_text


def log_entries(run: RunView, agent: str) -> list[tuple[AgentRecord, dict[str, Any]]]:
    """`dgm log`: the agent and its ancestors up to the seed, each with its change (JSON-ready)."""
    first = run.record(agent)
    lineage = [first, *(run.by_id[a] for a in run.archive.ancestors(first.id) if a in run.by_id)]
    by_attempt = usage_by_attempt(run)
    return [(r, {**r.to_dict(), "vs_parent": versus_parent(r, run.by_id.get(r.parent or "")),
                 "attempt": attempt_facts(run, r, by_attempt)}) for r in lineage]


def log_lines(entries: list[tuple[AgentRecord, dict[str, Any]]]) -> list[str]:
    """`dgm log`'s lines: in a run that records changed parts, a column T, M, TM or - after
    the id; a starting agent that came from another run ends with where it came from."""
    tagged = any_parts(r for r, _ in entries)
    lines = []
    for record, entry in entries:
        line = agent_line(record, log_detail(entry), (tag_of(record) or "-") if tagged else "")
        origin = origin_of(record)
        lines.append(f"{line}  {origin_line(origin)}" if origin else line)
    return lines


def log_detail(entry: dict[str, Any]) -> str:
    """The change against the parent and the attempt's cost, for one `dgm log` line."""
    vs, attempt = entry["vs_parent"], entry["attempt"]
    change = f"{delta_text(vs)}, tasks +{len(vs['gained'])}/-{len(vs['lost'])}" if vs \
        else "seed"
    usd = f"${attempt['usd']:.4f}"
    return f"{change:<32} {wall_text(attempt['wall_s']):>8} {usd:>9}"
