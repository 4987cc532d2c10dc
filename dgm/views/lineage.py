"""The lineage as a tree: children per agent, the best agent and the path to it, a walk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from agents_archive import AgentRecord
from dgm.evolution import scoring
from dgm.views.parts import parts_of
from dgm.views.rundata import record_iteration

LINEAGE_VERSION = 1


@dataclass(frozen=True)
class Visit:
    """One agent met in a walk of the tree, with where it sits."""

    record: AgentRecord
    depth: int  # 0 for a root
    lead: str  # the guide characters of its ancestors' columns
    branch: str  # "├── " or "└── " (empty for a root)


def best_agent(records: list[AgentRecord], rule: scoring.BestRule = scoring.BY_SCORE,
               ) -> AgentRecord | None:
    """The run's best agent, by the run's rule in dgm.evolution.scoring."""
    return scoring.best_agent(records, rule)


class Lineage:
    """Parent and child links of a set of records (agents whose parent is absent are roots)."""

    def __init__(self, records: list[AgentRecord],
                 rule: scoring.BestRule = scoring.BY_SCORE) -> None:
        ordered = sorted(records, key=lambda r: (record_iteration(r), r.generation, r.id))
        self.by_id = {r.id: r for r in ordered}
        self.children: dict[str | None, list[AgentRecord]] = {}
        for r in ordered:
            parent = r.parent if r.parent in self.by_id else None
            self.children.setdefault(parent, []).append(r)
        self.best = best_agent(ordered, rule)
        self.best_path = self.path_to(self.best.id) if self.best else []

    @property
    def roots(self) -> list[AgentRecord]:
        return self.children.get(None, [])

    def kids(self, agent_id: str) -> list[AgentRecord]:
        return self.children.get(agent_id, [])

    def path_to(self, agent_id: str) -> list[str]:
        """Ids from the root down to `agent_id`."""
        path, node, seen = [], self.by_id.get(agent_id), set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            path.append(node.id)
            node = self.by_id.get(node.parent) if node.parent else None
        return path[::-1]

    def walk(self) -> Iterator[Visit]:
        """Every agent once, depth first, children in (iteration, id) order; no recursion."""
        stack = [Visit(r, 0, "", "") for r in reversed(self.roots)]
        seen: set[str] = set()
        while stack:
            visit = stack.pop()
            if visit.record.id in seen:
                continue
            seen.add(visit.record.id)
            yield visit
            below = self.kids(visit.record.id)
            lead = visit.lead + ("" if not visit.branch
                                 else "    " if visit.branch == "└── " else "│   ")
            for i in range(len(below) - 1, -1, -1):
                branch = "└── " if i == len(below) - 1 else "├── "
                stack.append(Visit(below[i], visit.depth + 1, lead, branch))

    def to_dict(self, run_name: str) -> dict[str, Any]:
        """The tree as JSON: every agent with its children, the best agent and its path, and
        the parts each changed (task, meta, both, none; null when the run does not record it)."""
        on_path = set(self.best_path)
        agents = [{"id": v.record.id, "parent": v.record.parent,
                   "generation": v.record.generation, "iteration": record_iteration(v.record),
                   "score": v.record.score, "interval": v.record.score_interval,
                   "heldout_score": v.record.heldout_score,
                   "heldout_interval": v.record.heldout_interval,
                   "complete": scoring.is_complete(v.record), "status": v.record.status,
                   "parts": parts_of(v.record),
                   "summary": one_line(v.record.summary),
                   "children": [k.id for k in self.kids(v.record.id)],
                   "on_best_path": v.record.id in on_path} for v in self.walk()]
        return {"v": LINEAGE_VERSION, "run": run_name,
                "best": self.best.id if self.best else None, "best_path": self.best_path,
                "agents": agents}


def one_line(text: str, width: int = 0) -> str:
    """The first non-empty line of `text`, cut to `width` characters when width > 0."""
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    return line if width <= 0 or len(line) <= width else line[: width - 1] + "…"


def score_text(score: float | None) -> str:
    return "-" if score is None else f"{score:.3f}"


def interval_text(interval: list[float] | None) -> str:
    """' [0.49, 0.94]' (a score's 95% interval), or nothing."""
    return f" [{interval[0]:.2f}, {interval[1]:.2f}]" if interval else ""
