"""Plain-text lines for an archive's agents (the richer views live in dgm/views/)."""

from __future__ import annotations

from agents_archive.record import AgentRecord


def agent_line(record: AgentRecord, detail: str = "", tag: str = "") -> str:
    """One agent on one line: id, [tag,] depth, iteration made in, score, status, [detail,]
    summary. A tag is a short column after the id (`dgm log`'s changed parts: T, M, TM, -)."""
    score = "-" if record.score is None else f"{record.score:.3f}"
    summary = record.summary.strip().splitlines()[0] if record.summary.strip() else ""
    iteration = record.extra.get("iteration")
    made = f"it{iteration}" if isinstance(iteration, int) else "-"
    detail = f"{detail}  " if detail else ""
    tag = f"{tag:<2}  " if tag else ""
    return (f"{record.id}  {tag}g{record.generation:<3} {made:<5} {score:>6}  {record.status:<9} "
            f"{detail}{summary}").rstrip()
