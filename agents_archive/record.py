"""The agent record stored as each agent's note, and the result of an add."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime

from ground.agentfields import AgentExtra
from ground.errors import ArchiveError
from ground.jsontypes import Json, JsonObject, dataclass_from

RECORD_FORMAT = 2  # 2: runs, score_interval, complete and the held-out fields
# Set by the archive when an agent is added; update_meta refuses to change them.
FIXED_FIELDS = frozenset({"format", "id", "commit", "parent", "generation"})



@dataclass
class AgentRecord:
    """One agent's metadata: lineage, evaluation results, cost and provenance."""

    id: str  # short agent id: the first 12 hex digits of its source tree's id
    commit: str  # full commit id of the agent's source tree
    parent: str | None  # parent agent id; None for the root (seed) agent
    generation: int  # 0 for the root, parent's generation + 1 otherwise
    status: str = "new"  # free-form lifecycle state, e.g. new, evaluated, failed
    score: float | None = None  # mean over every task run (tasks x repeats) on the selection split
    # task id -> resolved in >= half its runs (true/false; format 1: {"resolved": ...})
    results: dict[str, Json] = field(default_factory=dict)
    runs: dict[str, list[bool]] = field(default_factory=dict)  # task id -> each repeat's outcome
    score_interval: list[float] | None = None  # [low, high]: Wilson 95% interval of `score`
    complete: bool | None = None  # every stage of its evaluation ran (None: not recorded)
    heldout_score: float | None = None  # mean over the held-out split; never shown to a model
    heldout_interval: list[float] | None = None  # [low, high] of `heldout_score`
    heldout_runs: dict[str, list[bool]] = field(default_factory=dict)  # held-out task -> runs
    problem_statement: str = ""  # the improvement this agent was asked to make
    summary: str = ""  # one line: what the change did
    cost_usd: float = 0.0  # model spend to produce (and evaluate) this agent
    tokens: int = 0  # model tokens spent likewise
    created_at: str = ""  # ISO-8601 UTC time the agent was added (data only, not in its id)
    extra: AgentExtra = field(default_factory=AgentExtra)  # what else a caller keeps
    format: int = RECORD_FORMAT

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> AgentRecord:
        """Rebuild a record; fields this version does not know are dropped."""
        version = data.get("format", 0)
        if isinstance(version, int | float | str) and int(version) > RECORD_FORMAT:
            raise ArchiveError(f"agent record format {version} is newer than this dgm",
                               "upgrade dgm to read this archive")
        return dataclass_from(cls, data)

    def to_json(self) -> str:
        """The record as stored in the archive (readable with `git notes show`)."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> AgentRecord:
        """Parse a stored record."""
        return cls.from_dict(json.loads(text))


_FIELDS = frozenset(f.name for f in fields(AgentRecord))


@dataclass(frozen=True)
class AddResult:
    """What an add did: the agent's id, and whether it is new or an identical existing tree."""

    agent_id: str
    created: bool


def now_iso() -> str:
    """The current UTC time, ISO-8601, second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()



def check_meta(meta: Mapping[str, object]) -> None:
    """Refuse caller metadata that names unknown or archive-owned fields."""
    unknown = sorted(set(meta) - _FIELDS)
    if unknown:
        raise TypeError(f"unknown agent record field(s) {unknown}; put free data in 'extra'")
    fixed = sorted(set(meta) & FIXED_FIELDS)
    if fixed:
        raise ValueError(f"agent record field(s) {fixed} are set by the archive")
